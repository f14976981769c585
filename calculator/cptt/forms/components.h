#pragma once
// The Art. 8 component check (NĐ 63/2010 as amended): a procedure is complete only
// when the draft states its name, steps, method, dossier documents, time limit, subjects and
// handling body, and where applicable its forms, result, requirements and fees, each citing the
// article of the draft that sets it. One of a reviewer's first questions.
//
// The list of components is the decree's and lives here; which form section assesses which
// component, and which field holds the article reference, is declared in the form definitions
// (`component="steps"` on a section, `role="article-ref"` / `role="applicable"` on its fields).
#include "cptt/forms/form_engine.h"
#include "cptt/model.h"

#include <string>
#include <string_view>
#include <vector>

namespace cptt::forms {

enum class Component {
  name,
  steps,
  method,
  documents,
  time_limit,
  subjects,
  handling_body,
  forms,        // where applicable: application forms, declarations
  result,       // where applicable
  requirements, // where applicable: requirements and conditions
  fees          // where applicable: fees and charges
};

inline constexpr std::size_t component_count = 11;

struct ComponentInfo {
  Component component;
  std::string_view id; // "time-limit" (the value of `component=` in form files)
  std::string_view label_vi;
  std::string_view label_en;
  bool mandatory; // false: only where applicable
};

// The decree's list, in its order.
const std::vector<ComponentInfo>& components();
const ComponentInfo& info(Component component);
bool component_from_id(std::string_view id, Component& out);

struct ComponentStatus {
  enum class State {
    stated,         // the draft sets it; `articles` says where
    missing,        // mandatory (or declared applicable) and no place in the draft is given
    not_applicable, // an optional component the draft does not have
    unchanged,      // detailed / amended procedure: the draft does not touch it (toggle off)
    not_assessed    // no assessment answers say anything about it (or a gate ended them)
  };
  Component component = Component::name;
  State state = State::not_assessed;
  std::vector<std::string> articles; // where in the draft ("Điều 5, khoản 2")
  std::string field;                 // the answer key the articles come from, when any
};

std::string_view to_id(ComponentStatus::State state);
std::string_view label_vi(ComponentStatus::State state);
std::string_view label(ComponentStatus::State state, Language language);

// The check for one procedure, from the evaluation of its assessment form (may be null when it
// has none). The name is stated when the procedure has one; its places are the article-ref answer
// of the name section, else the procedure's own articles.
std::vector<ComponentStatus> check_components(const Procedure& procedure,
                                              const FormEvaluation* assessment);

// Splits an article-ref answer ("Điều 5, khoản 2; Điều 6") into its places: on ';' and new lines.
std::vector<std::string> split_articles(std::string_view text);

} // namespace cptt::forms
