#include "crypto/SecureBytes.h"

#include <openssl/crypto.h>

#include <cstring>

namespace careledger::core {

SecureBytes::SecureBytes(std::size_t size)
    : m_data(size ? std::make_unique<unsigned char[]>(size) : nullptr), m_size(size)
{
}

SecureBytes::SecureBytes(const void *data, std::size_t size) : SecureBytes(size)
{
    if (size)
        std::memcpy(m_data.get(), data, size);
}

SecureBytes::~SecureBytes()
{
    wipe();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::move(other.m_data)), m_size(other.m_size)
{
    other.m_size = 0;
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        wipe(); // the old secret must not outlive the assignment in freed heap memory
        m_data = std::move(other.m_data);
        m_size = other.m_size;
        other.m_size = 0;
    }
    return *this;
}

void SecureBytes::wipe()
{
    if (m_data)
        OPENSSL_cleanse(m_data.get(), m_size);
    m_data.reset();
    m_size = 0;
}

SecureBytes SecureBytes::toHex() const
{
    static constexpr char kDigits[] = "0123456789abcdef";
    SecureBytes hex(m_size * 2);
    for (std::size_t i = 0; i < m_size; ++i) {
        hex.m_data[2 * i] = static_cast<unsigned char>(kDigits[m_data[i] >> 4]);
        hex.m_data[2 * i + 1] = static_cast<unsigned char>(kDigits[m_data[i] & 0x0f]);
    }
    return hex;
}

} // namespace careledger::core
