package pdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"hash/fnv"
	"math"
	"strconv"
	"unicode/utf16"
)

// A file is a PDF being written: its bytes and where each object starts.
// Object numbers are given out first (ref) and written later (object), in
// any order.
type file struct {
	buf     bytes.Buffer
	offsets []int // by object number - 1; 0 while not written
	z       bytes.Buffer
	zw      *zlib.Writer // reused: a compressor allocates about a megabyte
}

// ref reserves the number of a new object.
func (f *file) ref() int {
	f.offsets = append(f.offsets, 0)
	return len(f.offsets)
}

// object writes object n with the given dictionary or value.
func (f *file) object(n int, body string) {
	f.offsets[n-1] = f.buf.Len()
	fmt.Fprintf(&f.buf, "%d 0 obj\n%s\nendobj\n", n, body)
}

// stream writes object n as a stream of data, compressed, with the
// entries of dict besides its length and filter.
func (f *file) stream(n int, dict string, data []byte) {
	f.z.Reset()
	if f.zw == nil {
		f.zw, _ = zlib.NewWriterLevel(&f.z, zlib.BestSpeed) // the level is valid
	} else {
		f.zw.Reset(&f.z)
	}
	f.zw.Write(data) // into memory: no error
	f.zw.Close()
	f.offsets[n-1] = f.buf.Len()
	fmt.Fprintf(&f.buf, "%d 0 obj\n<<%s /Filter /FlateDecode /Length %d>>\nstream\n", n, dict, f.z.Len())
	f.buf.Write(f.z.Bytes())
	f.buf.WriteString("\nendstream\nendobj\n")
}

// finish writes the cross-reference table and the trailer, with the
// catalog root and the document information info, and returns the file.
func (f *file) finish(root, info int) []byte {
	id := fileID(f.buf.Bytes())
	at := f.buf.Len()
	fmt.Fprintf(&f.buf, "xref\n0 %d\n0000000000 65535 f \n", len(f.offsets)+1)
	for _, off := range f.offsets {
		fmt.Fprintf(&f.buf, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&f.buf, "trailer\n<</Size %d /Root %d 0 R /Info %d 0 R /ID [<%x> <%x>]>>\nstartxref\n%d\n%%%%EOF\n",
		len(f.offsets)+1, root, info, id, id, at)
	return f.buf.Bytes()
}

// header is the start of every file: the version, and a comment of bytes
// past ASCII that tells programs the file is binary.
const header = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"

// textString returns s as a PDF text string: UTF-16 with a byte order
// mark, in hexadecimal, so no character needs escaping.
func textString(s string) string {
	b := []byte("<FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		b = fmt.Appendf(b, "%04X", u)
	}
	return string(append(b, '>'))
}

// num appends v rounded to three decimals, without trailing zeros.
func num(b []byte, v float64) []byte {
	v = math.Round(v*1000) / 1000
	if v == 0 {
		v = 0 // no "-0"
	}
	return strconv.AppendFloat(b, v, 'f', -1, 64)
}

// nums appends the numbers vs, each followed by a space.
func nums(b []byte, vs ...float64) []byte {
	for _, v := range vs {
		b = append(num(b, v), ' ')
	}
	return b
}

// fileID is the identifier of a file whose bytes up to the trailer are
// body: a 128-bit FNV-1a hash. The format suggests MD5 but asks only for
// an identifier that changes with the content; crypto/md5 would link the
// FIPS cryptography module, whose package inits every command pays.
func fileID(body []byte) []byte {
	h := fnv.New128a()
	h.Write(body)
	return h.Sum(nil)
}
