package main

import (
	"github.com/blueprint-tool/blueprint/examples"
	"github.com/blueprint-tool/blueprint/journeyfile"
	"github.com/blueprint-tool/blueprint/render/theme"
	"github.com/spf13/cobra"
)

// complete teaches the shell completion of "blueprint completion bash|zsh|
// fish|powershell" (Cobra's) the values of the flags (--path: the paths of
// the journeys named before it), and that the files to complete are
// journeys: .yaml and .yml (and directories, to go into).
func complete(root *cobra.Command) {
	journeys := func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return journeyfile.Exts, cobra.ShellCompDirectiveFilterFileExt
	}
	values := func(vs ...string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return cobra.FixedCompletions(vs, cobra.ShellCompDirectiveNoFileComp)
	}
	must := func(err error) {
		if err != nil {
			panic(err) // a flag named here does not exist: a programming error
		}
	}
	must(root.RegisterFlagCompletionFunc("color", values(colorWhens...)))
	for _, cmd := range root.Commands() {
		switch cmd.Name() {
		case "check":
			cmd.ValidArgsFunction = journeys
			must(cmd.RegisterFlagCompletionFunc("format", values(checkFormats...)))
		case "stats":
			cmd.ValidArgsFunction = journeys
			must(cmd.RegisterFlagCompletionFunc("format", values(statsFormats...)))
			must(cmd.RegisterFlagCompletionFunc("path", completePaths))
		case "review":
			cmd.ValidArgsFunction = journeys
			must(cmd.RegisterFlagCompletionFunc("format", values(reviewFormats...)))
			must(cmd.RegisterFlagCompletionFunc("fail-on", values(failOnSeverities...)))
			must(cmd.RegisterFlagCompletionFunc("path", completePaths))
		case "render":
			cmd.ValidArgsFunction = journeys
			must(cmd.RegisterFlagCompletionFunc("format", values(journeyfile.Formats...)))
			must(cmd.RegisterFlagCompletionFunc("view", values(journeyfile.Views...)))
			must(cmd.RegisterFlagCompletionFunc("path", completePaths))
			must(cmd.RegisterFlagCompletionFunc("theme", values(theme.Names...)))
			must(cmd.RegisterFlagCompletionFunc("output", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
				return journeyfile.Formats, cobra.ShellCompDirectiveFilterFileExt // a FILE.svg, .png or .pdf, or a directory
			}))
		case "compare":
			cmd.ValidArgsFunction = func(c *cobra.Command, args []string, s string) ([]string, cobra.ShellCompDirective) {
				if len(args) >= 2 {
					return nil, cobra.ShellCompDirectiveNoFileComp
				}
				return journeys(c, args, s)
			}
			must(cmd.RegisterFlagCompletionFunc("format", values(compareFormats...)))
			must(cmd.RegisterFlagCompletionFunc("path", completePaths))
			must(cmd.RegisterFlagCompletionFunc("theme", values(theme.Names...)))
		case "init":
			cmd.ValidArgsFunction = func(_ *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
				if len(args) > 0 {
					return nil, cobra.ShellCompDirectiveNoFileComp
				}
				return journeyfile.Exts, cobra.ShellCompDirectiveFilterFileExt
			}
			must(cmd.RegisterFlagCompletionFunc("example", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
				return examples.Names(), cobra.ShellCompDirectiveNoFileComp // listed when asked, not at every start
			}))
		case "schema":
			cmd.ValidArgsFunction = cobra.NoFileCompletions
		}
	}
}
