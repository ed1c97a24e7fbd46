// Package report writes the figures of journeys, and the comparison of
// two, as text tables, Markdown and JSON, and the findings of review as
// lines, a Markdown table, JSON, GitHub annotations and SARIF, in the
// words of the journeys' locale (JSON keys are always English). It only
// formats what the model computed.
package report
