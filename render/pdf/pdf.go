package pdf

import (
	"fmt"
	"slices"
	"strings"

	"github.com/blueprint-tool/blueprint/render/scene"
	"github.com/blueprint-tool/blueprint/render/text"
	"github.com/blueprint-tool/blueprint/render/theme"
)

// ptPerPx is the size of an SVG pixel, 1/96 inch, in PDF points.
const ptPerPx = 0.75

// pageDigits are the characters of the page numbers ("3 / 12").
const pageDigits = "0123456789 /"

// Write draws a scene in the named theme as a PDF: one page of the
// picture's size, or, for a picture too long for one, pages as pagesOf
// cuts it. The title and description are the document's title and
// subject; there are no dates, so the same scene gives the same bytes.
func Write(s *scene.Scene, themeName string) ([]byte, error) {
	pages := pagesOf(s)
	pdf := &file{}
	pdf.buf.WriteString(header)
	root, tree, info := pdf.ref(), pdf.ref(), pdf.ref()
	fonts, err := subsets(s, len(pages) > 1)
	if err != nil {
		return nil, err
	}
	form := pdf.ref()
	fontRefs := make([]string, len(fonts))
	for i, f := range fonts {
		n := pdf.ref()
		f.write(pdf, n)
		fontRefs[i] = fmt.Sprintf("/%s %d 0 R", f.name, n)
	}
	p := &painter{paints: theme.Named(themeName).Paints(), fonts: map[*text.Face]*font{}, alphas: map[[2]float64]string{}}
	for _, f := range fonts {
		p.fonts[f.face] = f
	}
	p.draw(s)
	res := "/Font <<" + strings.Join(fontRefs, " ") + ">>" + p.extGStates()
	pdf.stream(form, fmt.Sprintf(" /Type /XObject /Subtype /Form /BBox [%s] /Resources <<%s>>", nums(nil, 0, 0, s.W, s.H), res), p.b)
	kids := make([]string, len(pages))
	for i, pg := range pages {
		page, content := pdf.ref(), pdf.ref()
		kids[i] = fmt.Sprintf("%d 0 R", page)
		pdf.object(page, fmt.Sprintf("<</Type /Page /Parent %d 0 R /MediaBox [0 0 %s] /Resources <</XObject <</P %d 0 R>> /Font <<%s>>>> /Contents %d 0 R>>",
			tree, strings.TrimSpace(string(nums(nil, pg.w, pg.h))), form, fontRefs[0], content))
		pdf.stream(content, "", pg.content(s, fonts[0], i+1, len(pages)))
	}
	pdf.object(root, fmt.Sprintf("<</Type /Catalog /Pages %d 0 R /ViewerPreferences <</DisplayDocTitle true>>>>", tree))
	pdf.object(tree, fmt.Sprintf("<</Type /Pages /Kids [%s] /Count %d>>", strings.Join(kids, " "), len(pages)))
	pdf.object(info, fmt.Sprintf("<</Title %s /Subject %s /Producer (blueprint)>>", textString(s.Title), textString(s.Desc)))
	return pdf.finish(root, info), nil
}

// subsets embeds each face the scene draws with, in the order of
// text.Faces, the regular one always first, with the page numbers'
// characters when there are several pages.
func subsets(s *scene.Scene, numbered bool) ([]*font, error) {
	var fonts []*font
	for _, face := range text.Faces {
		var runes []rune
		if set := s.Used[face]; set != nil {
			runes = set.Runes()
		}
		if face == text.Regular && numbered {
			runes = append(runes, []rune(pageDigits)...)
			slices.Sort(runes)
			runes = slices.Compact(runes)
		}
		if len(runes) == 0 && face != text.Regular {
			continue
		}
		f, err := newFont(fmt.Sprintf("F%d", len(fonts)), face, runes)
		if err != nil {
			return nil, err
		}
		fonts = append(fonts, f)
	}
	return fonts, nil
}

// extGStates is the resource dictionary of the opacities the painter used.
func (p *painter) extGStates() string {
	if len(p.alphas) == 0 {
		return ""
	}
	names := make([]string, len(p.alphas))
	for a, name := range p.alphas {
		var k int
		fmt.Sscanf(name, "GS%d", &k)
		names[k] = fmt.Sprintf("/%s <</ca %s /CA %s>>", name, num(nil, a[0]), num(nil, a[1]))
	}
	return " /ExtGState <<" + strings.Join(names, " ") + ">>"
}
