// Package journeyfile owns where journeys are kept on disk and what their
// files are called: which names are journey files (.yaml, .yml) and which
// are hidden, the one walk of a directory that finds them, the reading of
// one with the size limit of blueprint.MaxSize, the expansion of a command
// line's directories and patterns into files, and the names of the
// pictures written from them (the views, the formats and the suffix such
// as .blueprint.svg).
//
// It knows names, directories, patterns and sizes only: nothing of what a
// journey file holds (the blueprint package reads the YAML), nothing of
// drawing (render) and nothing of HTTP (serve).
package journeyfile
