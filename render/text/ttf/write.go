package ttf

import (
	"fmt"
	"math/bits"
)

// keptName reports whether a subset keeps a record of its font's name
// table, as fonttools' subsetter does by default: the copyright notice, the
// family and subfamily, the unique and full names, the version and the
// PostScript name (IDs 0 to 6), in Unicode and in Windows US English, not
// the legacy Macintosh records that repeat them. The long texts (the
// description, the license) would make every picture's fonts several
// kilobytes larger.
func keptName(platform, lang, id uint16) bool {
	return id <= 6 && (platform == 0 || platform == 3 && lang == 0x0409)
}

// writeName writes a name table of format 0 with the records of table
// keptName keeps, in their order.
func writeName(table []byte) ([]byte, error) {
	if len(table) < 6 {
		return nil, fmt.Errorf("ttf: a name table of %d bytes", len(table))
	}
	n, storage := int(be.Uint16(table[2:])), int(be.Uint16(table[4:]))
	if 6+12*n > len(table) || storage > len(table) {
		return nil, fmt.Errorf("ttf: %d names do not fit in a name table of %d bytes", n, len(table))
	}
	var recs, strs []byte
	count := 0
	for i := range n {
		rec := table[6+12*i : 6+12*i+12]
		platform, lang, id := be.Uint16(rec), be.Uint16(rec[4:]), be.Uint16(rec[6:])
		length, off := int(be.Uint16(rec[8:])), int(be.Uint16(rec[10:]))
		if !keptName(platform, lang, id) {
			continue
		}
		if storage+off+length > len(table) {
			return nil, fmt.Errorf("ttf: name %d ends past the end of the name table", i)
		}
		recs = append(recs, rec[:10]...)
		recs = be.AppendUint16(recs, uint16(len(strs)))
		strs = append(strs, table[storage+off:storage+off+length]...)
		count++
	}
	b := be.AppendUint16(nil, 0)
	b = be.AppendUint16(b, uint16(count))
	b = be.AppendUint16(b, uint16(6+len(recs)))
	return append(append(b, recs...), strs...), nil
}

// writeFile writes an sfnt file of the tables, whose tags are sorted: the
// table directory, then each table, 4-byte aligned, with its checksum, and
// head's checkSumAdjustment, which makes the file's checksum 0xB1B0AFBA.
func writeFile(tags []string, tables map[string][]byte) []byte {
	n := len(tags)
	log := bits.Len(uint(n)) - 1
	b := be.AppendUint32(nil, 0x00010000)
	for _, v := range []int{n, 16 << log, log, 16*n - 16<<log} {
		b = be.AppendUint16(b, uint16(v))
	}
	off := 12 + 16*n
	for _, tag := range tags {
		t := tables[tag]
		b = append(b, tag...)
		b = be.AppendUint32(b, checksum(t))
		b = be.AppendUint32(b, uint32(off))
		b = be.AppendUint32(b, uint32(len(t)))
		off += len(t) + -len(t)&3
	}
	head := 0
	for _, tag := range tags {
		if tag == "head" {
			head = len(b)
		}
		b = append(b, tables[tag]...)
		b = append(b, make([]byte, -len(b)&3)...)
	}
	be.PutUint32(b[head+8:], 0xB1B0AFBA-checksum(b))
	return b
}

// checksum is the sfnt checksum of a table: the sum of its big-endian
// 32-bit words, the last one padded with zeros.
func checksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i < len(b); i += 4 {
		var word [4]byte
		copy(word[:], b[i:])
		sum += be.Uint32(word[:])
	}
	return sum
}
