using Microsoft.EntityFrameworkCore;

namespace Verkostot.Core.Storage;

/// <summary>Hands out the configured provider's context as the provider-neutral base type.</summary>
internal sealed class VerkostotDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<VerkostotDbContext>
    where TContext : VerkostotDbContext
{
    public VerkostotDbContext CreateDbContext() => inner.CreateDbContext();
}
