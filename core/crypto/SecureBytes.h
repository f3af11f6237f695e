#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <memory>

namespace careledger::core {

// Secret key material. Never implicitly shared (unlike QByteArray, whose copies cannot be
// wiped reliably); the buffer is wiped with OPENSSL_cleanse when it is released.
class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);          // zero-filled
    SecureBytes(const void *data, std::size_t size); // copies
    static SecureBytes fromView(QByteArrayView view) { return SecureBytes(view.data(), static_cast<std::size_t>(view.size())); }
    ~SecureBytes();

    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    SecureBytes clone() const { return SecureBytes(data(), size()); }
    void wipe(); // wipes and releases now

    unsigned char *data() { return m_data.get(); }
    const unsigned char *data() const { return m_data.get(); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const { return QByteArrayView(reinterpret_cast<const char *>(m_data.get()), static_cast<qsizetype>(m_size)); }
    // Lower-case hex; the caller owns wiping the result (used only to hand a raw key to SQLCipher).
    SecureBytes toHex() const;

private:
    std::unique_ptr<unsigned char[]> m_data;
    std::size_t m_size = 0;
};

} // namespace careledger::core
