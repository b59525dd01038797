/* write_extract.c: the JSON Lines record of `entgraph extract` (see entgraph/write.h and the README).
 * Built with jansson; keys in the contract's order; strings checked for valid UTF-8 by construction. */
#include "entgraph/write.h"

#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "entgraph/corpus.h"

eg_status eg_extract_write_jsonl(FILE *fp, const char *doc_name, const eg_text *t, const eg_extraction *x,
                                 const char *const *ids, eg_error *err)
{
    eg_status ret = EG_OK;
    json_t *root = json_object(), *ents = json_array(), **mlists = NULL;
    char *name = eg_clean_text(doc_name, strlen(doc_name), 4096);
    size_t i;
    if (!root || !ents || !name)
        goto oom;
    mlists = calloc(x->nentities ? x->nentities : 1, sizeof *mlists);
    if (!mlists)
        goto oom;
    if (json_object_set_new(root, "doc", json_string(name)) || json_object_set(root, "entities", ents))
        goto oom;
    for (i = 0; i < x->nentities; i++) {
        const eg_doc_entity *d = &x->entities[i];
        json_t *e = json_object();
        mlists[i] = json_array();
        if (!e || !mlists[i] || json_array_append_new(ents, e) || json_object_set_new(e, "id", json_string(ids[i])) ||
            json_object_set_new(e, "name", json_string(d->name)) ||
            json_object_set_new(e, "type", json_string(eg_type_name(d->type))))
            goto oom;
        if (d->cc[0] && json_object_set_new(e, "country", json_string(d->cc)))
            goto oom;
        if (json_object_set(e, "mentions", mlists[i]))
            goto oom;
    }
    for (i = 0; i < x->nmentions; i++) {
        const eg_mention *m = &x->mentions[i];
        json_t *o = json_object();
        if (!o || json_array_append_new(mlists[m->entity], o) ||
            json_object_set_new(o, "start", json_integer(m->start)) ||
            json_object_set_new(o, "end", json_integer(m->end)) ||
            json_object_set_new(o, "text", json_stringn(t->src + m->start, m->end - m->start)))
            goto oom;
        if (m->form == EG_FORM_DEMONYM && json_object_set_new(o, "form", json_string("demonym")))
            goto oom;
    }
    if (json_object_set_new(root, "meetings", json_array()))
        goto oom;
    errno = 0;
    if (json_dumpf(root, fp, JSON_COMPACT) != 0 || fputc('\n', fp) == EOF || ferror(fp)) {
        ret = eg_error_set(err, EG_EIO, "writing the record of %s: %s", name, strerror(errno ? errno : EIO));
        goto cleanup;
    }
    goto cleanup;
oom:
    ret = eg_error_set(err, EG_ENOMEM, "out of memory writing the record of %s", doc_name);
cleanup:
    if (mlists) {
        for (i = 0; i < x->nentities; i++)
            json_decref(mlists[i]);
        free(mlists);
    }
    json_decref(ents);
    json_decref(root);
    free(name);
    return ret;
}
