#pragma once
// Internals shared by report_diff.cpp (inputs) and report_diff_figures.cpp (figures).
#include "cptt/review/report_diff.h"

namespace cptt::review::detail {

// 1.234,5 in vi, 1,234.5 in en (as `cptt compute` prints).
Text number_text(const Decimal& value, int min_places = 0);

// Appends the changes of one procedure (or of the draft: empty id); equal values add nothing.
struct Emitter {
  std::vector<Change>& out;
  std::string procedure_id;

  void push(Change c);
  void text(const Place& place, std::string property, Text label, const std::string& a,
            const std::string& b);
  void labelled(const Place& place, std::string property, Text label, Text a, Text b);
  // Absent on one side: added or removed. `figure`: a computed figure.
  void number(const Place& place, std::string property, Text label, const std::optional<Decimal>& a,
              const std::optional<Decimal>& b, bool figure = false, int min_places = 0);
  void added(const Place& place, std::string property, Text label, Text value);
  void removed(const Place& place, std::string property, Text label, Text value);
};

// Appends the changes of the answers, each under its set's procedure.
void diff_answers(std::vector<Change>& out, const Dossier& old_version, const Dossier& new_version);

// Computes both versions and appends every figure that moved, the totals and the shares.
void diff_figures(DossierDiff& diff, const Dossier& old_version, const Dossier& new_version);

} // namespace cptt::review::detail
