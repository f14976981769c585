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

} // namespace cptt::review::test
