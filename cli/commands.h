#pragma once
// The `cptt` subcommands. Each takes the arguments after its name and returns the exit code:
// 0 ok, 1 invalid input (message on stderr), 2 usage.
#include <iosfwd>
#include <string>
#include <vector>

namespace cptt::cli {

using Args = std::vector<std::string>;

inline constexpr int exit_ok = 0;
inline constexpr int exit_invalid = 1;
inline constexpr int exit_usage = 2;

int run_compute(const Args& args, std::ostream& out, std::ostream& err);
int run_validate(const Args& args, std::ostream& out, std::ostream& err);
int run_export(const Args& args, std::ostream& out, std::ostream& err);
int run_findings(const Args& args, std::ostream& out, std::ostream& err);
// cptt diff: 0 nothing changed, 3 changes listed, 1 a file cannot be read, 2 usage.
int run_diff(const Args& args, std::ostream& out, std::ostream& err);
// cptt verify: 0 every file validly signed by a trusted signer, 1 otherwise, 2 usage.
int run_verify(const Args& args, std::ostream& out, std::ostream& err);

} // namespace cptt::cli
