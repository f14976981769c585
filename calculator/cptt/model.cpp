#include "cptt/model.h"
#include "cptt/id_table.h"

#include <array>
#include <string>
#include <utility>

namespace cptt {
namespace {

constexpr IdTable<Stage, 2> stage_ids{
    {{Stage::proposal, "proposal"}, {Stage::drafting, "drafting"}}};
constexpr IdTable<ProcedureKind, 4> kind_ids{{{ProcedureKind::new_procedure, "new"},
                                              {ProcedureKind::amended, "amended"},
                                              {ProcedureKind::detailed, "detailed"},
                                              {ProcedureKind::abolished, "abolished"}}};
constexpr IdTable<HandlingLevel, 4> level_ids{{{HandlingLevel::central, "central"},
                                               {HandlingLevel::provincial, "provincial"},
                                               {HandlingLevel::district, "district"},
                                               {HandlingLevel::commune, "commune"}}};
constexpr IdTable<SubjectType, 3> subject_ids{{{SubjectType::individual, "individual"},
                                               {SubjectType::organisation, "organisation"},
                                               {SubjectType::both, "both"}}};
constexpr IdTable<NormKind, 3> norm_ids{{{NormKind::none, "none"},
                                         {NormKind::travel, "travel"},
                                         {NormKind::form_filling, "form-filling"}}};
constexpr IdTable<TravelScope, 5> scope_ids{
    {{TravelScope::commune, "commune"},
     {TravelScope::district, "district"},
     {TravelScope::provincial, "provincial"},
     {TravelScope::inter_regional, "inter-regional"},
     {TravelScope::inter_macro_region, "inter-macro-region"}}};
constexpr IdTable<Area, 3> area_ids{
    {{Area::urban, "urban"}, {Area::rural, "rural"}, {Area::mountain_island, "mountain-island"}}};
constexpr IdTable<Worksheet::Variant, 2> variant_ids{
    {{Worksheet::Variant::current, "current"}, {Worksheet::Variant::proposed, "proposed"}}};
constexpr IdTable<IncomeRate::Kind, 2> rate_kind_ids{
    {{IncomeRate::Kind::derived, "derived"}, {IncomeRate::Kind::direct, "direct"}}};

constexpr IdTable<ProcedureKind, 4> kind_labels{{{ProcedureKind::new_procedure, "Thủ tục mới"},
                                                 {ProcedureKind::amended, "Sửa đổi, bổ sung"},
                                                 {ProcedureKind::detailed, "Quy định chi tiết"},
                                                 {ProcedureKind::abolished, "Bãi bỏ"}}};
constexpr IdTable<HandlingLevel, 4> level_labels{
    {{HandlingLevel::central, "Trung ương"},
     {HandlingLevel::provincial, "Cấp tỉnh"},
     {HandlingLevel::district, "Cấp huyện (trước 2025)"},
     {HandlingLevel::commune, "Cấp xã"}}};
constexpr IdTable<TravelScope, 5> scope_labels{{{TravelScope::commune, "cấp xã"},
                                                {TravelScope::district, "cấp huyện (trước 2025)"},
                                                {TravelScope::provincial, "cấp tỉnh"},
                                                {TravelScope::inter_regional, "liên vùng"},
                                                {TravelScope::inter_macro_region, "liên miền"}}};
constexpr IdTable<Area, 3> area_labels{{{Area::urban, "đô thị"},
                                        {Area::rural, "nông thôn"},
                                        {Area::mountain_island, "miền núi, hải đảo"}}};
constexpr IdTable<SubjectType, 3> subject_labels{{{SubjectType::individual, "Cá nhân"},
                                                  {SubjectType::organisation, "Tổ chức"},
                                                  {SubjectType::both, "Cá nhân và tổ chức"}}};

constexpr IdTable<ProcedureKind, 4> kind_labels_en{{{ProcedureKind::new_procedure, "New procedure"},
                                                    {ProcedureKind::amended, "Amended"},
                                                    {ProcedureKind::detailed, "Detailed"},
                                                    {ProcedureKind::abolished, "Abolished"}}};
constexpr IdTable<HandlingLevel, 4> level_labels_en{
    {{HandlingLevel::central, "Central"},
     {HandlingLevel::provincial, "Provincial"},
     {HandlingLevel::district, "District (before 2025)"},
     {HandlingLevel::commune, "Commune"}}};
constexpr IdTable<TravelScope, 5> scope_labels_en{
    {{TravelScope::commune, "commune level"},
     {TravelScope::district, "district level (before 2025)"},
     {TravelScope::provincial, "provincial level"},
     {TravelScope::inter_regional, "inter-regional"},
     {TravelScope::inter_macro_region, "inter-macro-regional"}}};
constexpr IdTable<Area, 3> area_labels_en{
    {{Area::urban, "urban"}, {Area::rural, "rural"}, {Area::mountain_island, "mountain, island"}}};
constexpr IdTable<SubjectType, 3> subject_labels_en{
    {{SubjectType::individual, "Individuals"},
     {SubjectType::organisation, "Organisations"},
     {SubjectType::both, "Individuals and organisations"}}};

template <class Container> auto find_by_id(const Container& items, std::string_view id) {
  for (const auto& item : items)
    if (item.id == id)
      return &item;
  return static_cast<decltype(&items.front())>(nullptr);
}

} // namespace

const IncomeRate* Dossier::find_rate(std::string_view id) const { return find_by_id(rates, id); }
const Procedure* Dossier::find_procedure(std::string_view id) const {
  return find_by_id(procedures, id);
}

bool has_current(ProcedureKind kind) { return kind != ProcedureKind::new_procedure; }
bool has_proposed(ProcedureKind kind) { return kind != ProcedureKind::abolished; }

std::string_view to_id(Stage v) { return lookup(stage_ids, v); }
std::string_view to_id(ProcedureKind v) { return lookup(kind_ids, v); }
std::string_view to_id(HandlingLevel v) { return lookup(level_ids, v); }
std::string_view to_id(SubjectType v) { return lookup(subject_ids, v); }
std::string_view to_id(NormKind v) { return lookup(norm_ids, v); }
std::string_view to_id(TravelScope v) { return lookup(scope_ids, v); }
std::string_view to_id(Area v) { return lookup(area_ids, v); }
std::string_view to_id(Worksheet::Variant v) { return lookup(variant_ids, v); }
std::string_view to_id(IncomeRate::Kind v) { return lookup(rate_kind_ids, v); }
bool from_id(std::string_view id, Stage& out) { return reverse_lookup(stage_ids, id, out); }
bool from_id(std::string_view id, ProcedureKind& out) { return reverse_lookup(kind_ids, id, out); }
bool from_id(std::string_view id, HandlingLevel& out) { return reverse_lookup(level_ids, id, out); }
bool from_id(std::string_view id, SubjectType& out) { return reverse_lookup(subject_ids, id, out); }
bool from_id(std::string_view id, NormKind& out) { return reverse_lookup(norm_ids, id, out); }
bool from_id(std::string_view id, TravelScope& out) { return reverse_lookup(scope_ids, id, out); }
bool from_id(std::string_view id, Area& out) { return reverse_lookup(area_ids, id, out); }
bool from_id(std::string_view id, Worksheet::Variant& out) {
  return reverse_lookup(variant_ids, id, out);
}
bool from_id(std::string_view id, IncomeRate::Kind& out) {
  return reverse_lookup(rate_kind_ids, id, out);
}

std::string_view label_vi(ProcedureKind v) { return lookup(kind_labels, v); }
std::string_view label_vi(HandlingLevel v) { return lookup(level_labels, v); }
std::string_view label_vi(TravelScope v) { return lookup(scope_labels, v); }
std::string_view label_vi(Area v) { return lookup(area_labels, v); }
std::string_view label_vi(SubjectType v) { return lookup(subject_labels, v); }

std::string_view label(ProcedureKind v, Language l) {
  return l == Language::en ? lookup(kind_labels_en, v) : label_vi(v);
}
std::string_view label(HandlingLevel v, Language l) {
  return l == Language::en ? lookup(level_labels_en, v) : label_vi(v);
}
std::string_view label(TravelScope v, Language l) {
  return l == Language::en ? lookup(scope_labels_en, v) : label_vi(v);
}
std::string_view label(Area v, Language l) {
  return l == Language::en ? lookup(area_labels_en, v) : label_vi(v);
}
std::string_view label(SubjectType v, Language l) {
  return l == Language::en ? lookup(subject_labels_en, v) : label_vi(v);
}

std::string label(const IncomeRate& rate, Language l) {
  if (rate.kind == IncomeRate::Kind::direct)
    return l == Language::en ? "Entered directly" : "Mức nhập trực tiếp";
  const std::string year = rate.year > 0 ? std::to_string(rate.year) : "…";
  return l == Language::en ? "GDP per capita, " + year : "GDP bình quân đầu người năm " + year;
}

} // namespace cptt
