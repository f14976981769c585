// The labels of the model's enumerations exist once, in the core, in both languages: every value
// has a Vietnamese label and an English one without a Vietnamese letter, and they differ.
#include "../vietnamese_letters.h"
#include "cptt/finding.h"
#include "cptt/forms/components.h"
#include "cptt/forms/form_definition.h"
#include "cptt/model.h"
#include "cptt/reference/reference_data.h"
#include "cptt/review/integrity.h"
#include "cptt/review/review_file.h"
#include "cptt/units.h"

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>

namespace {

using cptt::Language;
using cptt_test::has_vietnamese_letter;
// DigestStatus lives in cptt, its label in cptt::review: found by ordinary lookup, not ADL.
using cptt::forms::label;
using cptt::review::label;

template <class E> void expect_labels(E value) {
  const std::string vi(label(value, Language::vi));
  const std::string en(label(value, Language::en));
  EXPECT_FALSE(vi.empty());
  EXPECT_FALSE(en.empty()) << vi;
  EXPECT_FALSE(has_vietnamese_letter(en)) << en;
  EXPECT_NE(vi, en);
}

template <class E> void expect_both_languages(std::initializer_list<E> values) {
  for (E value : values)
    expect_labels(value);
}

// Every value a screen offers as a choice (the all_… lists) has both labels and its own id.
template <class E, std::size_t N> void expect_choices(const E (&values)[N]) {
  for (E value : values) {
    expect_labels(value);
    const std::string vi(label(value, Language::vi));
    E back{};
    EXPECT_TRUE(cptt::from_id(cptt::to_id(value), back)) << vi;
    EXPECT_EQ(back, value) << vi;
  }
}

TEST(Labels, ModelEnumerations) {
  expect_choices(cptt::all_procedure_kinds);
  expect_choices(cptt::all_handling_levels);
  expect_choices(cptt::all_subject_types);
  expect_choices(cptt::all_travel_scopes);
  expect_choices(cptt::all_areas);
  EXPECT_EQ(label(cptt::SubjectType::both, Language::vi), "Cá nhân và tổ chức");
  using cptt::Severity;
  expect_both_languages({Severity::error, Severity::warning, Severity::note});
  using cptt::Complexity;
  expect_both_languages({Complexity::simple, Complexity::medium, Complexity::complex});
}

TEST(Labels, ReviewAndFormsEnumerations) {
  using namespace cptt::review;
  expect_both_languages({FindingStatus::open, FindingStatus::agreed, FindingStatus::dismissed});
  expect_both_languages({Verdict::dat, Verdict::can_bo_sung, Verdict::khong_dat});
  expect_both_languages(
      {cptt::DigestStatus::matches, cptt::DigestStatus::mismatch, cptt::DigestStatus::missing});
  using State = cptt::forms::ComponentStatus::State;
  expect_both_languages({State::stated, State::missing, State::not_applicable, State::unchanged,
                         State::not_assessed});
}

TEST(Labels, VietnameseLabelsAreTheOldOnes) {
  EXPECT_EQ(label(cptt::ProcedureKind::amended, Language::vi),
            label_vi(cptt::ProcedureKind::amended));
  EXPECT_EQ(label(cptt::ProcedureKind::amended, Language::en), "Amended");
  EXPECT_EQ(label(cptt::review::Verdict::can_bo_sung, Language::vi), "Cần bổ sung, chỉnh sửa");
  EXPECT_EQ(cptt::forms::label_vi(cptt::Unit::hours), "giờ");
}

TEST(Labels, KindArgumentUsesTheLabels) {
  const cptt::Arg a = cptt::arg_kind("kind", cptt::ProcedureKind::detailed);
  EXPECT_EQ(a.value.vi, label(cptt::ProcedureKind::detailed, Language::vi));
  EXPECT_EQ(a.value.en, label(cptt::ProcedureKind::detailed, Language::en));
}

TEST(Labels, Units) {
  using cptt::Unit;
  for (Unit u : {Unit::days, Unit::months, Unit::years, Unit::hours, Unit::pages, Unit::vnd,
                 Unit::people, Unit::count, Unit::vnd_per_year, Unit::vnd_per_hour,
                 Unit::times_per_year, Unit::people_per_year}) {
    EXPECT_FALSE(label(u, Language::vi).empty());
    EXPECT_FALSE(has_vietnamese_letter(label(u, Language::en))) << label(u, Language::en);
    EXPECT_FALSE(has_vietnamese_letter(symbol(u, Language::en))) << symbol(u, Language::en);
    EXPECT_NE(label(u, Language::vi), label(u, Language::en));
  }
  EXPECT_EQ(symbol(Unit::vnd, Language::vi), "đ");
  EXPECT_EQ(label(Unit::vnd, Language::vi), "đồng");
  EXPECT_EQ(symbol(Unit::vnd, Language::en), "VND");
  EXPECT_EQ(label(Unit::none, Language::en), "");
  // A form file may name only the question units.
  Unit out = Unit::none;
  EXPECT_TRUE(cptt::forms::from_id("hours", out));
  EXPECT_EQ(out, Unit::hours);
  EXPECT_FALSE(cptt::forms::from_id("times_per_year", out));
}

TEST(Labels, VietnameseLetterCheck) {
  EXPECT_TRUE(has_vietnamese_letter("Bãi bỏ"));
  EXPECT_TRUE(has_vietnamese_letter("đ"));
  EXPECT_FALSE(has_vietnamese_letter("Net change — 1,234 VND · 12 ÷ 3 → 4"));
}

} // namespace
