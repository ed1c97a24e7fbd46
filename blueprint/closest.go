package blueprint

// Closest returns the word of known nearest to word by spelling when it is
// close enough to be a typo, "" otherwise: the "did you mean" of the
// diagnostics, for commands to use on their own names.
func Closest(word string, known []string) string { return closest(word, known) }
