using Microsoft.EntityFrameworkCore;

namespace DakarCafe.Auth.Internal;

/// <summary>OpenIddict's stores (applications, authorizations, scopes, tokens) in the schema <c>openiddict</c> of the same database.</summary>
internal sealed class AuthDbContext(DbContextOptions<AuthDbContext> options) : DbContext(options)
{
    public const string Schema = "openiddict";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        base.OnModelCreating(modelBuilder);
    }
}
