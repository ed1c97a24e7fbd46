// Package theme holds the colour schemes of the pictures (light, dark,
// print) as typed data: for each class of scene item, its Paint. The SVG
// writer writes it as a style sheet (CSS) and the raster writer draws with
// it, so both show the same colours. The accents are the Okabe-Ito colours,
// told apart with every kind of colour blindness.
//
// It knows nothing of journeys or layouts beyond the names of the classes.
package theme
