#include "signing/SodiumApi.h"

#include <QCoreApplication>

// Resolves a function into the member of the same name, so the two cannot drift apart.
#define RD_RESOLVE(function) complete = library.resolve(#function, function) && complete

namespace rd {

const char *SodiumApi::soname()
{
    return RD_LIBSODIUM_SONAME;
}

QString SodiumApi::purpose()
{
    return QCoreApplication::translate("core", "signing and checking updates");
}

bool SodiumApi::resolveAll(OnDemandLibrary &library)
{
    bool complete = true;
    RD_RESOLVE(crypto_sign_detached);
    RD_RESOLVE(crypto_sign_seed_keypair);
    RD_RESOLVE(crypto_sign_verify_detached);
    RD_RESOLVE(randombytes_buf);
    RD_RESOLVE(sodium_init);
    RD_RESOLVE(sodium_memzero);
    return complete;
}

} // namespace rd
