package raster

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"hash/adler32"
	"hash/crc32"
	"image"
	"runtime"
	"sync"
)

// bandRows is the number of rows compressed together: bands are
// compressed side by side, each alone, so the file is the same whatever
// the number of processors.
const bandRows = 64

// encodePNG writes img as a PNG: RGB when it is opaque, as a drawing with
// a background is, else RGBA; each row after the first filtered with
// "up" (a drawing's rows mostly repeat the row above), and the rows
// compressed in bands on every processor. image/png picks a filter for
// every row by trying all five, which took longer than drawing.
func encodePNG(img *image.RGBA) []byte {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	opaque := img.Opaque()
	bpp := 4
	if opaque {
		bpp = 3
	}
	bands := make([][]byte, (h+bandRows-1)/bandRows)
	sums := make([][]byte, len(bands)) // each band's filtered bytes, for the checksum
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(runtime.GOMAXPROCS(0), len(bands)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fw, _ := flate.NewWriter(nil, flate.BestSpeed) // the level is valid
			for b := range next {
				sums[b] = filterRows(img, b*bandRows, min(h, (b+1)*bandRows), bpp)
				bands[b] = deflate(fw, sums[b], b == len(bands)-1)
			}
		}()
	}
	for b := range bands {
		next <- b
	}
	close(next)
	wg.Wait()
	var out bytes.Buffer
	out.WriteString("\x89PNG\r\n\x1a\n")
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], uint32(w))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(h))
	ihdr[8], ihdr[9] = 8, 6 // 8 bits, RGBA
	if opaque {
		ihdr[9] = 2 // RGB
	}
	chunk(&out, "IHDR", ihdr)
	chunk(&out, "IDAT", zlibStream(bands, sums))
	chunk(&out, "IEND", nil)
	return out.Bytes()
}

// filterRows returns rows y0 to y1 of img, each a filter byte then its
// pixels in bpp bytes each, filtered "up" from the row above (row 0 is not
// filtered).
func filterRows(img *image.RGBA, y0, y1, bpp int) []byte {
	w := img.Rect.Dx()
	out := make([]byte, 0, (y1-y0)*(1+w*bpp))
	bufs := [2][]byte{make([]byte, 3*w), make([]byte, 3*w)} // this row and the one above, as RGB
	row := func(y int) []byte {
		src := img.Pix[y*img.Stride : y*img.Stride+4*w]
		if bpp == 4 {
			return src
		}
		rgb := bufs[y%2]
		for i := range w {
			rgb[3*i], rgb[3*i+1], rgb[3*i+2] = src[4*i], src[4*i+1], src[4*i+2]
		}
		return rgb
	}
	var above []byte
	if y0 > 0 {
		above = row(y0 - 1)
	}
	for y := y0; y < y1; y++ {
		cur := row(y)
		if above == nil {
			out = append(out, 0)
			out = append(out, cur...)
		} else {
			out = append(out, 2)
			n := len(out)
			out = out[:n+len(cur)]
			for i, c := range cur {
				out[n+i] = c - above[i]
			}
		}
		above = cur
	}
	return out
}

// deflate compresses one band as part of a longer stream: a band ends on
// a byte boundary (a sync flush), the last one ends the stream.
func deflate(fw *flate.Writer, data []byte, last bool) []byte {
	var b bytes.Buffer
	b.Grow(len(data) / 8)
	fw.Reset(&b)
	fw.Write(data) // a bytes.Buffer does not fail
	if last {
		fw.Close()
	} else {
		fw.Flush()
	}
	return b.Bytes()
}

// zlibStream wraps the deflated bands in a zlib stream with the checksum
// of the data.
func zlibStream(bands, data [][]byte) []byte {
	out := []byte{0x78, 0x01}
	sum := adler32.New()
	for i, b := range bands {
		out = append(out, b...)
		sum.Write(data[i])
	}
	return sum.Sum(out)
}

// chunk writes a PNG chunk: its length, type, data and CRC.
func chunk(out *bytes.Buffer, kind string, data []byte) {
	binary.Write(out, binary.BigEndian, uint32(len(data)))
	crc := crc32.NewIEEE()
	crc.Write([]byte(kind))
	crc.Write(data)
	out.WriteString(kind)
	out.Write(data)
	binary.Write(out, binary.BigEndian, crc.Sum32())
}
