// Without libFuzzer (the gcc builds), each fuzz target is linked with this main instead: it
// replays the files and directories it is given through LLVMFuzzerTestOneInput, once each,
// as `fuzz_x -runs=0 corpus/` does. So the main test run links every target against its
// own source list and replays the committed corpora, not only the sanitize run.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace {

void replay(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    const std::vector<char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.data()), bytes.size());
}

} // namespace

int main(int argc, char **argv)
{
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        if (argument.starts_with('-'))
            continue; // libFuzzer's options (-runs=0)
        const std::filesystem::path path(argument);
        if (std::filesystem::is_directory(path)) {
            for (const auto &entry : std::filesystem::recursive_directory_iterator(path)) {
                if (entry.is_regular_file()) {
                    replay(entry.path());
                    ++replayed;
                }
            }
        } else if (std::filesystem::is_regular_file(path)) {
            replay(path);
            ++replayed;
        } else {
            std::fprintf(stderr, "fuzz replay: %s is neither a file nor a directory\n", argument.c_str());
            return 2;
        }
    }
    std::printf("fuzz replay: %d inputs, no crash\n", replayed);
    return replayed > 0 ? 0 : 1;
}
