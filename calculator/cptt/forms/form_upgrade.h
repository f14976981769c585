#pragma once
// Answers written with an older version of a form. A form that renames a question declares it
// (<renamed from="old id" to="new id" since-version="2"/>, forms/README.md); answers written with
// an earlier version are read under the new id, so nothing answered is lost. The evaluation
// (form_engine.h) reads old answers this way and adds a note that the form was updated; an answer
// whose question is gone stays in the file and is reported as an unknown field.
#include "cptt/forms/form_definition.h"
#include "cptt/model.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace cptt::forms {

// The version the answers were written with: the file's (the reader gives 1 when the file does
// not say: files before form versions were recorded all used version 1), or the form's own for
// answers made in memory (form_version 0).
int written_version(const AnswerSet& answers, const FormDefinition& form);

// The key of an answer written with `version`, as the form names it now: the question id (the
// part after the last '/') renamed by every rename since that version, the block path kept.
std::string current_key(const FormDefinition& form, int version, std::string_view key);

// Rewrites the answers' keys to the form's current ids and records its version (the app does this
// before the first edit of an older set, so that what it saves is current). Returns how many keys
// changed.
std::size_t upgrade_answers(const FormDefinition& form, AnswerSet& answers);

} // namespace cptt::forms
