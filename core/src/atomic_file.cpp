#include "atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#if defined(_WIN32)
#include <io.h>
#define ROLLWISE_FSYNC _commit
#define ROLLWISE_FILENO _fileno
#else
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#define ROLLWISE_FSYNC fsync
#define ROLLWISE_FILENO fileno
#endif

namespace rollwise::detail {

std::filesystem::path siblingTemporary(const std::filesystem::path& file) {
    return file.parent_path() / ("." + file.filename().string() + ".part-" + newUid().substr(0, 8));
}

DatabaseError fileError(int errorNumber, std::string_view what) {
    std::string message(what);
    switch (errorNumber) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return DatabaseError{DatabaseErrorCode::DiskFull,
                             message + ": the disk is full. Free some space and try again; "
                                       "nothing was changed."};
    case EACCES:
    case EPERM:
    case EROFS:
        return DatabaseError{DatabaseErrorCode::ReadOnly,
                             message + ": the folder cannot be written to. Choose another folder "
                                       "or check its permissions; nothing was changed."};
    case ENAMETOOLONG:
        return DatabaseError{DatabaseErrorCode::InvalidArgument,
                             message + ": the file name is too long. Choose a shorter name or "
                                       "folder; nothing was changed."};
    case ENOENT:
    case ENOTDIR:
        return DatabaseError{DatabaseErrorCode::CannotOpen,
                             message + ": the folder does not exist. Nothing was changed."};
    default:
        return DatabaseError{DatabaseErrorCode::WriteFailed, message + ": " +
                                                                 std::strerror(errorNumber) +
                                                                 ". Nothing was changed."};
    }
}

Status<DatabaseError> writeFileAtomically(const std::filesystem::path& file,
                                          std::string_view content) {
    const auto temporary = siblingTemporary(file);
#if defined(_WIN32)
    std::FILE* out = std::fopen(temporary.string().c_str(), "wb");
#else
    // Private from its creation (never readable by others, not even for a moment), and a new
    // file: nothing already there is followed or reused.
    const int fd = ::open(temporary.string().c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                          S_IRUSR | S_IWUSR);
    std::FILE* out = fd >= 0 ? ::fdopen(fd, "wb") : nullptr;
    if (fd >= 0 && out == nullptr) {
        const int error = errno;
        ::close(fd);
        std::error_code ec;
        std::filesystem::remove(temporary, ec);
        return Failure{fileError(error, "Could not write " + file.string())};
    }
#endif
    if (out == nullptr) {
        return Failure{fileError(errno, "Could not write " + file.string())};
    }
    int failure = 0;
    if (std::fwrite(content.data(), 1, content.size(), out) != content.size() ||
        std::fflush(out) != 0 || ROLLWISE_FSYNC(ROLLWISE_FILENO(out)) != 0) {
        failure = errno != 0 ? errno : EIO;
    }
    if (std::fclose(out) != 0 && failure == 0) {
        failure = errno != 0 ? errno : EIO;
    }
    std::error_code ec;
    if (failure == 0) {
        std::filesystem::rename(temporary, file, ec);
        if (ec) {
            failure = ec.value();
        }
    }
    if (failure != 0) {
        std::filesystem::remove(temporary, ec);
        return Failure{fileError(failure, "Could not write " + file.string())};
    }
    return Done{};
}

} // namespace rollwise::detail
