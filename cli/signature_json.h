#pragma once
// The `signature` object of `cptt review --json` and `cptt verify --json`: status, the signer's
// subject, and, when signed, the signing time and why it is not valid.
#include "language.h"

#include "cptt/signature.h"

#include <nlohmann/json.hpp>

namespace cptt::cli {

inline nlohmann::json signature_json(const SignatureCheck& s) {
  nlohmann::json j = {
      {"status", std::string(to_id(s.status))},
      {"subject",
       {{"organisation", s.subject.organisation}, {"common_name", s.subject.common_name}}}};
  if (s.status != SignatureStatus::none)
    j["signed_at"] = s.signed_at;
  if (!s.reason.empty())
    j["reason"] = s.reason.in(language());
  return j;
}

} // namespace cptt::cli
