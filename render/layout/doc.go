// Package layout lays out the pictures of journeys as scenes: the service
// blueprint, the touchpoint map and the comparison of two journeys. It
// measures every text with package text, so that each fits its box, and
// takes every figure from the model (blueprint.Measured): it computes no
// figure of its own.
//
// It knows nothing of colours (classes name roles; package theme paints
// them) or of file formats.
package layout
