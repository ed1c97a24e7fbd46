package main

import (
	"fmt"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/spf13/cobra"
)

func newSchema(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print a JSON Schema of the journey format, for editors",
		Long: `schema prints a JSON Schema (draft 2020-12) of the journey format on
standard output. Editors use it for completion, hover help and checks as
you type. It is built from the tables check validates with, so the two
agree; what a schema cannot say (a phase that is not declared, converts
above reach, a repeated id) only check reports.

In VS Code with the YAML extension (and any editor using
yaml-language-server), save it beside your journeys and make this the
first line of a journey:

  # yaml-language-server: $schema=journey.schema.json

The path is relative to the journey file.`,
		Example: `  blueprint schema > journey.schema.json`,
		Args:    cobra.NoArgs,
		RunE: func(_ *cobra.Command, _ []string) error {
			if _, err := e.stdout.Write(blueprint.JSONSchema()); err != nil {
				return &exitError{exitProblems, fmt.Errorf("cannot write standard output: %w", err)}
			}
			return nil
		},
	}
}
