using Microsoft.EntityFrameworkCore;

namespace Verkostot.Core.Email;

/// <summary>The e-mail opt-outs table, applied from the context's OnModelCreating.</summary>
public static class EmailModel
{
    public static void Configure(ModelBuilder model) =>
        model.Entity<EmailOptOut>(e =>
        {
            e.ToTable("EmailOptOuts");
            e.HasKey(o => o.PersonId);
            e.Property(o => o.PersonId).HasMaxLength(200);
        });
}
