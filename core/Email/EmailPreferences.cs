using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Outbox;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Email;

/// <summary>Who has opted out of e-mail. Opting out and back in are idempotent, so a double click does no harm.</summary>
public sealed class EmailPreferences(IDbContextFactory<VerkostotDbContext> contexts, TimeProvider time)
{
    public async Task<bool> IsOptedOutAsync(string personId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<EmailOptOut>().AnyAsync(o => o.PersonId == personId, cancellationToken);
    }

    public async Task OptOutAsync(string personId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Set<EmailOptOut>().AnyAsync(o => o.PersonId == personId, cancellationToken)) return;
        db.Add(new EmailOptOut { PersonId = personId, OptedOutAt = time.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same person's other click got there first: they are opted out either way.
        }
    }

    /// <summary>Opts out (or back in) whoever outbox row <paramref name="messageId"/> went to; false when no person is found.</summary>
    public async Task<bool> SetForMessageAsync(long messageId, bool optedOut, CancellationToken cancellationToken)
    {
        string? personId;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            personId = await OutboxModel.PersonOfAsync(db, messageId, cancellationToken);
        }
        if (personId is null) return false;
        await (optedOut ? OptOutAsync(personId, cancellationToken) : OptInAsync(personId, cancellationToken));
        return true;
    }

    public async Task OptInAsync(string personId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Set<EmailOptOut>().Where(o => o.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
    }
}
