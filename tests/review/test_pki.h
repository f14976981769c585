#pragma once
// The test PKI of the signature tests, made once per test suite with the openssl CLI
// (tests/signature/make_test_pki.sh): a trusted root, a stranger's root, signers from each, an
// expired and a revoked signer, a CRL; the password of every key.
#include "support.h"

#include "cptt/signature.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

namespace cptt::review::test {

inline const std::string pki_password = "mật khẩu";

class TestPki : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    pki_ = new std::filesystem::path(temp_dir("signature-pki"));
    const std::string command =
        std::string(CPTT_MAKE_TEST_PKI) + " '" + pki_->string() + "' >/dev/null";
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
  }
  static void TearDownTestSuite() {
    std::filesystem::remove_all(*pki_);
    delete pki_;
    pki_ = nullptr;
  }
  static std::string pki(const std::string& name) { return (*pki_ / name).string(); }
  static SignatureTrust trust() { return {pki("trust"), ""}; }

private:
  static inline std::filesystem::path* pki_ = nullptr;
};

// Every single mutation of a signed file before its signature (`end`): each byte changed (to 'x',
// or 'y' for an 'x') and each byte deleted, handed to judge(mutant, at) — 2 × end mutants.
template <class Judge>
void for_each_single_mutation(const std::string& text, std::size_t end, Judge judge) {
  for (std::size_t i = 0; i < end; ++i) {
    std::string changed = text;
    changed[i] = text[i] == 'x' ? 'y' : 'x';
    judge(changed, i);
    judge(std::string(text).erase(i, 1), i);
  }
}

} // namespace cptt::review::test
