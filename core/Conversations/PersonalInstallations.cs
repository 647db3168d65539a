using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Conversations;

/// <summary>
/// The installation outcomes per person. Whoever installs records the outcome; the installation events Teams sends
/// (the person adding or removing the app) record theirs, and the person's own choice always wins over the bot's.
/// </summary>
public sealed class PersonalInstallations(IDbContextFactory<VerkostotDbContext> contexts, TimeProvider time)
{
    public async Task<PersonalInstallation?> FindAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<PersonalInstallation>().AsNoTracking().FirstOrDefaultAsync(i => i.AadObjectId == aadObjectId, cancellationToken);
    }

    /// <summary>Whether the bot may try to install itself for the person now.</summary>
    public static bool MayInstall(PersonalInstallation? known, DateTimeOffset now) => known switch
    {
        null => true,
        { State: PersonalInstallationState.RemovedByUser } => false,
        { RetryAfter: { } after } => after <= now,
        _ => true,
    };

    public Task InstalledByBotAsync(string aadObjectId, CancellationToken cancellationToken) =>
        RecordAsync(aadObjectId, PersonalInstallationState.InstalledByBot, null, null, cancellationToken, keepUsersChoice: true);

    public Task NotInstallableAsync(string aadObjectId, string error, TimeSpan retryAfter, CancellationToken cancellationToken) =>
        RecordAsync(aadObjectId, PersonalInstallationState.NotInstallable, error, time.GetUtcNow() + retryAfter, cancellationToken, keepUsersChoice: true);

    public Task FailedAsync(string aadObjectId, string error, TimeSpan retryAfter, CancellationToken cancellationToken) =>
        RecordAsync(aadObjectId, PersonalInstallationState.Failed, error, time.GetUtcNow() + retryAfter, cancellationToken, keepUsersChoice: true);

    /// <summary>Teams told the bot the person added the app themselves.</summary>
    public Task InstalledByUserAsync(string aadObjectId, CancellationToken cancellationToken) =>
        RecordAsync(aadObjectId, PersonalInstallationState.InstalledByUser, null, null, cancellationToken, keepUsersChoice: false);

    /// <summary>Teams told the bot the person removed the app.</summary>
    public Task RemovedByUserAsync(string aadObjectId, CancellationToken cancellationToken) =>
        RecordAsync(aadObjectId, PersonalInstallationState.RemovedByUser, null, null, cancellationToken, keepUsersChoice: false);

    /// <summary>True when the bot installed itself for the person within <paramref name="within"/>: Teams' welcome event for it needs no welcome.</summary>
    public async Task<bool> InstalledByBotRecentlyAsync(string aadObjectId, TimeSpan within, CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow() - within;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<PersonalInstallation>().AnyAsync(
            i => i.AadObjectId == aadObjectId && i.State == PersonalInstallationState.InstalledByBot && i.UpdatedAt >= since, cancellationToken);
    }

    private async Task RecordAsync(string aadObjectId, PersonalInstallationState state, string? error, DateTimeOffset? retryAfter,
        CancellationToken cancellationToken, bool keepUsersChoice)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var known = await db.Set<PersonalInstallation>().FirstOrDefaultAsync(i => i.AadObjectId == aadObjectId, cancellationToken);
            // A removal the person made while the bot was installing is theirs to undo, not the bot's.
            if (keepUsersChoice && known?.State == PersonalInstallationState.RemovedByUser) return;
            if (known is null)
            {
                known = new PersonalInstallation { AadObjectId = aadObjectId };
                db.Add(known);
            }
            known.State = state;
            known.LastError = error;
            known.RetryAfter = retryAfter;
            known.UpdatedAt = time.GetUtcNow();
            known.Attempts = state is PersonalInstallationState.NotInstallable or PersonalInstallationState.Failed ? known.Attempts + 1 : 0;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < 2)
            {
                // Another send recorded the same person first; record over it.
            }
        }
    }
}
