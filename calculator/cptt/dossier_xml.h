#pragma once
// Reading and writing dossier files (docs/file-format.md). Reading never throws for bad input: it
// returns a LoadResult naming file:line:col and the field and value at fault. Writing is
// canonical (load → save → load → save gives identical bytes) and saving is atomic.
#include "cptt/load_result.h"
#include "cptt/model.h"
#include "cptt/xml_source.h"

#include <pugixml.hpp>

#include "cptt/figure_bounds.h"

#include <string>

namespace cptt {

inline constexpr const char* xml_namespace = "urn:cptt";
inline constexpr int format_version = 1;

struct DossierLoad {
  LoadResult result;
  Dossier dossier;
};

DossierLoad load_dossier_file(const std::string& path);
DossierLoad load_dossier_text(std::string text, std::string name = "<memory>");
// Reads a <dossier> element (the root of a dossier file, or nested in a report).
LoadResult read_dossier_element(const XmlSource& source, pugi::xml_node element, Dossier& out);

// Canonical text of the dossier file.
std::string write_dossier(const Dossier& dossier);
// Appends a <dossier> element with the dossier's content under `parent`.
void append_dossier_element(pugi::xml_node parent, const Dossier& dossier);
// Starts a CPTT document: the XML declaration and a root element `name` in our namespace with
// the format version. Returns the root.
pugi::xml_node start_document(pugi::xml_document& document, const char* name);
// Canonical text of a whole document (declaration, two-space indentation, UTF-8).
std::string document_text(const pugi::xml_document& document);

// Writes `dossier` to `path` atomically; returns an empty text or the error message.
Text save_dossier_file(const Dossier& dossier, const std::string& path);

} // namespace cptt
