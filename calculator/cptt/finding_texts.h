#pragma once
// The finding catalogue's texts, one part per family of checks (internal to the catalogue:
// finding_catalog.h is the interface). Each part lists its codes in order; the catalogue joins
// them: dossier, review, response.
#include "cptt/finding_catalog.h"

#include <span>

namespace cptt::detail {

std::span<const CatalogEntry> dossier_finding_texts();
std::span<const CatalogEntry> review_finding_texts();
std::span<const CatalogEntry> response_finding_texts();

} // namespace cptt::detail
