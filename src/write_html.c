/* write_html.c: the self-contained HTML view (see entgraph/write.h).
 *
 * The page is the SVG drawing that eg_dot_render_data makes (ids "n<i>" and "e<i>"), the graph's data as JSON in a
 * <script type="application/json">, a style sheet and a script, all inline. Data never reach the page as markup:
 * the JSON is escaped so that no string can end its script element, and the script writes every name and sentence
 * with textContent. A Content-Security-Policy meta element forbids the page to load anything. */
#include "entgraph/write.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dot_build.h"
#include "entgraph/community.h"
#include "entgraph/corpus.h"
#include "entgraph/outfile.h"
#include "escape.h"

#define TEXT_MAX 4096   /* bytes of one string in the embedded data */

static const char page_head[] =
    "<!DOCTYPE html>\n"
    "<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
    "script-src 'unsafe-inline'; img-src data:\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";

static const char page_style[] =
    "<style>\n"
    "html,body{margin:0;height:100%;font:14px/1.4 \"DejaVu Sans\",sans-serif;color:#222;background:#fff}\n"
    "body{display:flex;flex-direction:column}\n"
    "header{display:flex;gap:8px;align-items:center;padding:6px 10px;border-bottom:1px solid #ddd;position:relative}\n"
    "header h1{font-size:15px;margin:0 12px 0 0;font-weight:600}\n"
    "#eg-search{width:18em;padding:4px 6px;font:inherit}\n"
    "#eg-results{position:absolute;top:100%;left:10px;z-index:2;margin:0;padding:0;list-style:none;background:#fff;"
    "border:1px solid #ccc;box-shadow:0 2px 6px #0003;max-height:60vh;overflow:auto;min-width:18em}\n"
    "#eg-results:empty{display:none}\n"
    "#eg-results button{display:block;width:100%;text-align:left;border:0;background:none;padding:4px 8px;font:inherit;"
    "cursor:pointer}\n"
    "#eg-results button:hover,#eg-results button:focus{background:#e8f0fe}\n"
    "#eg-status{color:#666;font-size:12px;margin-left:auto}\n"
    "main{flex:1;display:flex;min-height:0}\n"
    "#eg-view{flex:1;min-width:0;position:relative;overflow:hidden;cursor:grab;touch-action:none}\n"
    "#eg-view.eg-drag{cursor:grabbing}\n"
    "#eg-view svg{width:100%;height:100%;display:block}\n"
    "#eg-view g.node,#eg-view g.edge{cursor:pointer}\n"
    "svg.eg-focus g.node:not(.eg-hl),svg.eg-focus g.edge:not(.eg-hl){opacity:.18}\n"
    "g.eg-selected>g>a>polygon,g.eg-selected>g>a>ellipse,g.eg-selected>g>a>path,g.eg-selected polygon,"
    "g.eg-selected ellipse,g.eg-selected path{stroke:#000;stroke-width:3px}\n"
    "aside{width:min(380px,40vw);overflow:auto;border-left:1px solid #ddd;padding:10px 14px}\n"
    "aside h2{font-size:16px;margin:4px 0}\n"
    "#eg-sub{color:#555;margin:0 0 8px}\n"
    "#eg-evidence{padding-left:0;list-style:none;margin:0}\n"
    "#eg-evidence li{margin:0 0 10px}\n"
    "#eg-evidence h3{font-size:13px;margin:12px 0 4px;color:#333}\n"
    "#eg-evidence q{display:block}\n"
    "#eg-evidence cite{display:block;color:#777;font-size:12px}\n"
    "</style>\n";

/* The page's behaviour. Everything it shows comes from the JSON data through textContent. */
static const char page_script[] =
    "<script>\n"
    "(function () {\n"
    "'use strict';\n"
    "var data = JSON.parse(document.getElementById('eg-data').textContent);\n"
    "var view = document.getElementById('eg-view'), svg = view.querySelector('svg');\n"
    "var title = document.getElementById('eg-title'), sub = document.getElementById('eg-sub');\n"
    "var list = document.getElementById('eg-evidence'), search = document.getElementById('eg-search');\n"
    "var results = document.getElementById('eg-results');\n"
    "var incident = data.nodes.map(function () { return []; });\n"
    "data.links.forEach(function (l, i) {\n"
    "  incident[l.source].push(i);\n"
    "  if (l.target !== l.source) incident[l.target].push(i);\n"
    "});\n"
    "function el(tag, text) { var e = document.createElement(tag); if (text !== undefined) e.textContent = text; return e; }\n"
    "function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); }\n"
    "function fold(s) { return String(s).normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase(); }\n"
    "/* pan and zoom move the viewBox */\n"
    "var vb = svg.viewBox.baseVal, home = [vb.x, vb.y, vb.width, vb.height], box = home.slice();\n"
    "svg.removeAttribute('width'); svg.removeAttribute('height');\n"
    "svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');\n"
    "function apply() { svg.setAttribute('viewBox', box.join(' ')); }\n"
    "function toSvg(x, y) { var p = svg.createSVGPoint(); p.x = x; p.y = y;\n"
    "  return p.matrixTransform(svg.getScreenCTM().inverse()); }\n"
    "function zoom(f, cx, cy) {\n"
    "  var r = svg.getBoundingClientRect();\n"
    "  if (cx === undefined) { cx = r.left + r.width / 2; cy = r.top + r.height / 2; }\n"
    "  if (box[2] * f < home[2] / 200 || box[2] * f > home[2] * 20) return;\n"
    "  var p = toSvg(cx, cy);\n"
    "  box = [p.x - (p.x - box[0]) * f, p.y - (p.y - box[1]) * f, box[2] * f, box[3] * f]; apply();\n"
    "}\n"
    "view.addEventListener('wheel', function (ev) { ev.preventDefault();\n"
    "  zoom(ev.deltaY > 0 ? 1.2 : 1 / 1.2, ev.clientX, ev.clientY); }, {passive: false});\n"
    "var drag = null, moved = false;\n"
    "view.addEventListener('pointerdown', function (ev) { if (ev.button !== 0) return;\n"
    "  drag = {x: ev.clientX, y: ev.clientY, box: box.slice()}; moved = false; });\n"
    "window.addEventListener('pointermove', function (ev) { if (!drag) return;\n"
    "  var dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;\n"
    "  if (!moved && Math.abs(dx) + Math.abs(dy) < 4) return;\n"
    "  moved = true; view.classList.add('eg-drag');\n"
    "  var r = svg.getBoundingClientRect(), s = Math.max(drag.box[2] / r.width, drag.box[3] / r.height);\n"
    "  box = [drag.box[0] - dx * s, drag.box[1] - dy * s, drag.box[2], drag.box[3]]; apply(); });\n"
    "window.addEventListener('pointerup', function () { drag = null; view.classList.remove('eg-drag'); });\n"
    "document.getElementById('eg-in').addEventListener('click', function () { zoom(1 / 1.5); });\n"
    "document.getElementById('eg-out').addEventListener('click', function () { zoom(1.5); });\n"
    "document.getElementById('eg-fit').addEventListener('click', function () { box = home.slice(); apply(); });\n"
    "/* selection and the evidence panel */\n"
    "function highlight(gs) {\n"
    "  Array.prototype.forEach.call(svg.querySelectorAll('.eg-hl, .eg-selected'), function (g) {\n"
    "    g.classList.remove('eg-hl'); g.classList.remove('eg-selected'); });\n"
    "  svg.classList.toggle('eg-focus', gs.length > 0);\n"
    "  gs.forEach(function (g, k) { if (!g) return; g.classList.add('eg-hl'); if (k === 0) g.classList.add('eg-selected'); });\n"
    "}\n"
    "function evidence(ul, l) {\n"
    "  l.evidence.forEach(function (ev) { var li = el('li'); li.appendChild(el('q', ev.text));\n"
    "    if (ev.doc) li.appendChild(el('cite', ev.doc)); ul.appendChild(li); });\n"
    "  var more = Math.max(l.more, l.weight - l.evidence.length);\n"
    "  if (more > 0) ul.appendChild(el('li', '(' + more + ' more sentence' + (more > 1 ? 's' : '') +\n"
    "    ' behind this link, not kept in the graph file)'));\n"
    "}\n"
    "function linkWords(l) {\n"
    "  var w = [l.kind || 'link', l.weight + ' sentence' + (l.weight === 1 ? '' : 's')];\n"
    "  if (l.place) w.push('in ' + l.place); if (l.date) w.push('on ' + l.date);\n"
    "  if (l.status) w.push(l.status); if (l.mode) w.push(l.mode);\n"
    "  return w.join(' \\u00b7 ');\n"
    "}\n"
    "function showNode(i) {\n"
    "  var n = data.nodes[i], links = incident[i].slice().sort(function (a, b) {\n"
    "    return data.links[b].weight - data.links[a].weight || a - b; });\n"
    "  title.textContent = n.label;\n"
    "  var w = [n.type || 'entity'];\n"
    "  if (n.mentions !== undefined) w.push(n.mentions + ' mentions in ' + n.documents + ' documents');\n"
    "  w.push(links.length + ' link' + (links.length === 1 ? '' : 's'));\n"
    "  if (n.community !== undefined) w.push('community ' + (n.community + 1));\n"
    "  sub.textContent = w.join(' \\u00b7 ');\n"
    "  clear(list);\n"
    "  links.forEach(function (k) { var l = data.links[k], o = l.source === i ? l.target : l.source;\n"
    "    var li = el('li'); li.appendChild(el('h3', data.nodes[o].label + ' \\u2014 ' + linkWords(l)));\n"
    "    var ul = el('ul'); ul.style.paddingLeft = '0'; ul.style.listStyle = 'none'; evidence(ul, l);\n"
    "    li.appendChild(ul); list.appendChild(li); });\n"
    "  highlight([document.getElementById('n' + i)].concat(links.map(function (k) {\n"
    "    return document.getElementById('e' + k); }),\n"
    "    links.map(function (k) { var l = data.links[k];\n"
    "      return document.getElementById('n' + (l.source === i ? l.target : l.source)); })));\n"
    "}\n"
    "function showLink(k) {\n"
    "  var l = data.links[k];\n"
    "  title.textContent = data.nodes[l.source].label + ' \\u2014 ' + data.nodes[l.target].label;\n"
    "  sub.textContent = linkWords(l);\n"
    "  clear(list); evidence(list, l);\n"
    "  highlight([document.getElementById('e' + k), document.getElementById('n' + l.source),\n"
    "    document.getElementById('n' + l.target)]);\n"
    "}\n"
    "/* the entity in the middle of the view (zoomed in if the whole drawing is shown); screen to viewBox units */\n"
    "function center(i) {\n"
    "  var g = document.getElementById('n' + i); if (!g) return;\n"
    "  var r = g.getBoundingClientRect(), a = toSvg(r.left, r.top), b = toSvg(r.right, r.bottom);\n"
    "  var w = Math.min(box[2], Math.max((b.x - a.x) * 10, home[2] / 4)), h = w * box[3] / box[2];\n"
    "  box = [(a.x + b.x) / 2 - w / 2, (a.y + b.y) / 2 - h / 2, w, h]; apply();\n"
    "}\n"
    "svg.addEventListener('click', function (ev) {\n"
    "  if (moved) return;\n"
    "  var g = ev.target.closest ? ev.target.closest('g.node, g.edge') : null;\n"
    "  if (!g) { highlight([]); return; }\n"
    "  var m = /^([ne])(\\d+)$/.exec(g.id); if (!m) return;\n"
    "  ev.preventDefault();\n"
    "  if (m[1] === 'n') showNode(+m[2]); else showLink(+m[2]);\n"
    "});\n"
    "/* search by name, id or alias, accents and case ignored */\n"
    "var keys = data.nodes.map(function (n) { return fold([n.label, n.id, n.aliases || ''].join(' ')); });\n"
    "function find(q) {\n"
    "  q = fold(q.trim()); if (!q) return [];\n"
    "  var hits = [];\n"
    "  keys.forEach(function (k, i) { var at = k.indexOf(q); if (at >= 0) hits.push([at === 0 ? 0 : 1, i]); });\n"
    "  hits.sort(function (a, b) { return a[0] - b[0] || (data.nodes[b[1]].mentions || 0) - (data.nodes[a[1]].mentions || 0)\n"
    "    || a[1] - b[1]; });\n"
    "  return hits.slice(0, 15).map(function (h) { return h[1]; });\n"
    "}\n"
    "function choose(i) { clear(results); showNode(i); center(i); }\n"
    "search.addEventListener('input', function () {\n"
    "  clear(results);\n"
    "  find(search.value).forEach(function (i) { var li = el('li'), b = el('button');\n"
    "    b.type = 'button'; b.textContent = data.nodes[i].label + ' (' + (data.nodes[i].type || 'entity') + ')';\n"
    "    b.setAttribute('data-node', String(i));\n"
    "    b.addEventListener('click', function () { choose(i); }); li.appendChild(b); results.appendChild(li); });\n"
    "});\n"
    "search.addEventListener('keydown', function (ev) {\n"
    "  if (ev.key === 'Enter') { var f = find(search.value); if (f.length) choose(f[0]); }\n"
    "  if (ev.key === 'Escape') clear(results);\n"
    "});\n"
    "document.getElementById('eg-status').textContent = data.nodes.length + ' entities, ' + data.links.length +\n"
    "  ' links \\u00b7 drag to pan, wheel to zoom, click for evidence';\n"
    "document.documentElement.setAttribute('data-ready', '1');\n"
    "})();\n"
    "</script>\n";

/* A cleaned copy of v as a JSON string member (json_string refuses invalid UTF-8; cleaned text never is). */
static int put_str(json_t *o, const char *k, const char *v)
{
    char *clean = eg_clean_text(v, strlen(v), TEXT_MAX);
    json_t *s = clean ? json_string(clean) : NULL;
    free(clean);
    return !s || json_object_set_new(o, k, s) != 0;
}

static int put_int(json_t *o, const char *k, double v)
{
    return json_object_set_new(o, k, json_integer(isfinite(v) ? (json_int_t)v : 0)) != 0;
}

static json_t *page_data(const eg_graph *g, const eg_communities *comm)
{
    static const char *const meeting_attrs[] = {"place", "date", "status", "mode"};
    json_t *root = json_object(), *nodes = json_array(), *links = json_array();
    igraph_integer_t nv = igraph_vcount(&g->g), ne = igraph_ecount(&g->g), i;
    size_t k;
    if (!root || !nodes || !links || json_object_set(root, "nodes", nodes) || json_object_set(root, "links", links))
        goto fail;
    for (i = 0; i < nv; i++) {
        json_t *n = json_object();
        const char *label = eg_graph_vstr(g, "label", i);
        double m = eg_graph_vnum(g, "mentions", i), d = eg_graph_vnum(g, "documents", i);
        if (!n || json_array_append_new(nodes, n) || put_str(n, "id", eg_graph_vstr(g, "id", i)) ||
            put_str(n, "label", *label ? label : eg_graph_vstr(g, "id", i)) ||
            put_str(n, "type", eg_graph_vstr(g, "type", i)))
            goto fail;
        if (isfinite(m) && (put_int(n, "mentions", m) || put_int(n, "documents", isfinite(d) ? d : 0)))
            goto fail;
        if (*eg_graph_vstr(g, "aliases", i) && put_str(n, "aliases", eg_graph_vstr(g, "aliases", i)))
            goto fail;
        if (comm && json_object_set_new(n, "community", json_integer(VECTOR(comm->membership)[i])))
            goto fail;
    }
    for (i = 0; i < ne; i++) {
        json_t *l = json_object(), *ev = json_array();
        double w = eg_graph_enum(g, "weight", i);
        size_t nev = eg_graph_evidence_count(g, i), more = 0;
        igraph_integer_t a = IGRAPH_FROM(&g->g, i), b = IGRAPH_TO(&g->g, i);   /* listed in vertex order */
        if (!l || json_array_append_new(links, l) || !ev || json_object_set_new(l, "evidence", ev) ||
            json_object_set_new(l, "source", json_integer(a < b ? a : b)) ||
            json_object_set_new(l, "target", json_integer(a < b ? b : a)) ||
            put_str(l, "kind", eg_graph_estr(g, "kind", i)) || put_int(l, "weight", isfinite(w) && w > 0 ? w : 1))
            goto fail;
        for (k = 0; k < sizeof meeting_attrs / sizeof *meeting_attrs; k++)
            if (*eg_graph_estr(g, meeting_attrs[k], i) && put_str(l, meeting_attrs[k], eg_graph_estr(g, meeting_attrs[k], i)))
                goto fail;
        for (k = 0; k < nev; k++) {
            const char *doc, *text;
            json_t *e;
            eg_graph_evidence(g, i, k, &doc, &text);
            if (!text || !*text) {
                more++;
                continue;
            }
            if (!(e = json_object()) || json_array_append_new(ev, e) || put_str(e, "text", text) ||
                put_str(e, "doc", doc ? doc : ""))
                goto fail;
        }
        if (put_int(l, "more", (double)more))
            goto fail;
    }
    json_decref(nodes);
    json_decref(links);
    return root;
fail:
    json_decref(nodes);
    json_decref(links);
    json_decref(root);
    return NULL;
}

/* JSON text inside a <script> element: <, > and & as \u escapes (so that no "</script" or "<!--" can appear), and
 * U+2028/U+2029 too (line terminators for older JavaScript parsers). Valid JSON in, equal JSON out: these
 * characters only occur inside strings. */
static int write_script_json(FILE *fp, const char *json)
{
    const unsigned char *p;
    for (p = (const unsigned char *)json; *p; p++) {
        int ok;
        if (*p == '<')
            ok = fputs("\\u003c", fp) >= 0;
        else if (*p == '>')
            ok = fputs("\\u003e", fp) >= 0;
        else if (*p == '&')
            ok = fputs("\\u0026", fp) >= 0;
        else if (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9)) {
            ok = fputs(p[2] == 0xA8 ? "\\u2028" : "\\u2029", fp) >= 0;
            p += 2;
        } else
            ok = putc(*p, fp) != EOF;
        if (!ok)
            return 0;
    }
    return 1;
}

eg_status eg_graph_write_html(const eg_graph *g, const char *path, const eg_render_options *opts, eg_error *err)
{
    eg_status ret;
    char *svg = NULL;
    size_t len = 0;
    if ((ret = eg_dot_render_data(g, "svg", opts, 1, &svg, &len, err)) == EG_OK)
        ret = eg_html_write_page(g, path, opts, svg, len, err);
    free(svg);
    return ret;
}

eg_status eg_html_write_page(const eg_graph *g, const char *path, const eg_render_options *opts, const char *svg,
                             size_t len, eg_error *err)
{
    eg_status ret = EG_OK;
    char *json = NULL, *title = NULL;
    const char *start;
    json_t *data = NULL;
    eg_communities comm;
    int have_comm = 0, ok;
    eg_outfile f = {0};
    char heading[128];
    (void)len;
    if (opts && opts->color_by && strcmp(opts->color_by, "community") == 0) {
        /* the same call as the drawing's, so the same communities */
        if ((ret = eg_communities_init(&comm, err)) != EG_OK)
            goto cleanup;
        have_comm = 1;
        if ((ret = eg_graph_communities(g, EG_COMM_LOUVAIN, 1.0, opts->seed, &comm, err)) != EG_OK)
            goto cleanup;
    }
    data = page_data(g, have_comm ? &comm : NULL);
    json = data ? json_dumps(data, JSON_COMPACT | JSON_ENSURE_ASCII) : NULL;
    snprintf(heading, sizeof heading, "entgraph: %lld entities, %lld links", (long long)igraph_vcount(&g->g),
             (long long)igraph_ecount(&g->g));
    title = eg_markup_escape_new(heading, sizeof heading);
    if (!json || !title) {
        ret = eg_error_set(err, EG_ENOMEM, "%s: out of memory", path);
        goto cleanup;
    }
    /* the <svg> element without Graphviz's XML declaration, doctype and comments before it */
    start = strstr(svg, "<svg");
    if (!start) {
        ret = eg_error_set(err, EG_EGRAPH, "Graphviz wrote no <svg> element");
        goto cleanup;
    }
    if ((ret = eg_outfile_open(&f, path, err)) != EG_OK)
        goto cleanup;
    ok = fputs(page_head, f.fp) >= 0 && fprintf(f.fp, "<title>%s</title>\n", title) >= 0 &&
         fputs(page_style, f.fp) >= 0 &&
         fprintf(f.fp,
                 "</head>\n<body>\n<header><h1>%s</h1>"
                 "<input id=\"eg-search\" type=\"search\" placeholder=\"Find an entity\" autocomplete=\"off\" "
                 "aria-label=\"Find an entity\"><ul id=\"eg-results\"></ul>"
                 "<button type=\"button\" id=\"eg-in\" title=\"Zoom in\">+</button>"
                 "<button type=\"button\" id=\"eg-out\" title=\"Zoom out\">&#8722;</button>"
                 "<button type=\"button\" id=\"eg-fit\">Fit</button><span id=\"eg-status\"></span></header>\n"
                 "<main>\n<div id=\"eg-view\">\n",
                 title) >= 0 &&
         fwrite(start, 1, len - (size_t)(start - svg), f.fp) == len - (size_t)(start - svg) &&
         fputs("</div>\n<aside><h2 id=\"eg-title\">Click an entity or a link</h2><p id=\"eg-sub\">or find one by "
               "name above: its evidence sentences appear here.</p><ul id=\"eg-evidence\"></ul></aside>\n</main>\n"
               "<script type=\"application/json\" id=\"eg-data\">",
               f.fp) >= 0 &&
         write_script_json(f.fp, json) && fputs("</script>\n", f.fp) >= 0 && fputs(page_script, f.fp) >= 0 &&
         fputs("</body>\n</html>\n", f.fp) >= 0;
    if (!ok) {
        eg_outfile_abort(&f);
        ret = eg_error_set(err, EG_EIO, "%s: write failed", path);
        goto cleanup;
    }
    ret = eg_outfile_commit(&f, err);
cleanup:
    if (have_comm)
        eg_communities_release(&comm);
    json_decref(data);
    free(json);
    free(title);
    return ret;
}
