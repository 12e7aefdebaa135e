#ifndef DOSSIER_CLIBXML2_SHIM_H
#define DOSSIER_CLIBXML2_SHIM_H

/*
 * libxml2's HTML parser (a real, error-tolerant HTML parser) and its tree API, for
 * `dossier import` of saved web pages.  Only DossierImport imports this module.
 */

/* libxml2 is built with ICU, and its encoding header would then include the system's ICU
   headers, which clash with the copy of ICU inside Foundation.  Nothing here needs ICU's
   converters, so the headers are read as for a build without it.  That only hides the two
   last fields of xmlCharEncodingHandler, a struct this code never allocates or reads. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>

#endif
