#pragma once
// Small builders for in-memory dossiers in tests.
#include "cptt/model.h"

namespace cptt::test {

inline Money money(const char* text) { return Money::parse(text); }
inline Quantity qty(const char* text) { return Quantity::parse(text); }

inline IncomeRate direct_rate(std::string id, const char* value) {
  IncomeRate r;
  r.id = std::move(id);
  r.kind = IncomeRate::Kind::direct;
  r.direct_rate = money(value);
  r.source = "test";
  return r;
}

inline Task task(std::string name, const char* hours, const char* services) {
  Task t;
  t.name = std::move(name);
  t.hours = qty(hours);
  t.services = money(services);
  return t;
}

inline Fee fee(const char* amount) {
  Fee f;
  f.name = "Lệ phí";
  f.amount = money(amount);
  f.legal_basis = "test";
  return f;
}

inline Worksheet sheet(Worksheet::Variant variant, std::string rate, std::vector<Task> tasks,
                       std::vector<Fee> fees, const char* frequency, const char* subjects) {
  Worksheet w;
  w.variant = variant;
  w.rate_id = std::move(rate);
  w.tasks = std::move(tasks);
  w.fees = std::move(fees);
  w.frequency = qty(frequency);
  if (subjects)
    w.subjects = qty(subjects);
  else
    w.one_case = true;
  return w;
}

// case-online-filing of shared/examples: the amended procedure, current and after.
inline Procedure online_filing(std::string id, std::string rate) {
  Procedure p;
  p.id = std::move(id);
  p.name = "Đăng ký trực tuyến";
  p.kind = ProcedureKind::amended;
  p.articles = {"Điều 5"};
  p.simplification = "Nộp trực tuyến";
  p.current = sheet(Worksheet::Variant::current, rate,
                    {task("Chuẩn bị hồ sơ", "4", "50000"), task("Nộp trực tiếp", "2", "30000"),
                     task("Nhận kết quả", "1", "20000")},
                    {fee("100000")}, "1", "10000");
  p.proposed = sheet(Worksheet::Variant::proposed, rate,
                     {task("Chuẩn bị hồ sơ", "4", "10000"), task("Nhận kết quả", "1", "20000")},
                     {fee("100000")}, "1", "10000");
  return p;
}

} // namespace cptt::test
