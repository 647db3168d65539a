using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Domain;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Privacy;

/// <summary>
/// The person whose data is asked for, with every identifier the database may know them by. Someone known only to
/// Teams (a chat, an installation, but no row in the network data) is found by their Entra object id.
/// </summary>
public sealed record DataSubject(string? PersonId, string? Name, string? Email, string? EntraObjectId, string? UserPrincipalName)
{
    /// <summary>
    /// The people whose id (slug), e-mail address, Entra object id or user principal name is <paramref name="key"/>:
    /// more than one means the caller must be more precise. With no person matching, a key shaped like an object id
    /// (a GUID) stands for someone known only to Teams.
    /// </summary>
    public static async Task<IReadOnlyList<DataSubject>> FindAsync(VerkostotDbContext db, string key, CancellationToken cancellationToken)
    {
        var trimmed = key.Trim();
        var lower = trimmed.ToLowerInvariant();
        var people = await db.People.AsNoTracking()
            .Where(p => p.Id == trimmed || p.EntraObjectId == trimmed
                || (p.Email != null && p.Email.ToLower() == lower) || (p.UserPrincipalName != null && p.UserPrincipalName.ToLower() == lower))
            .ToListAsync(cancellationToken);
        return people.Count == 0 && Guid.TryParse(trimmed, out _)
            ? [new DataSubject(null, null, null, trimmed, null)]
            : [.. people.Select(Of)];
    }

    public static DataSubject Of(Person person) =>
        new(person.Id, person.Name, person.Email, person.EntraObjectId, person.UserPrincipalName);

    /// <summary>The strings that identify the person, for searching text such as stored activities.</summary>
    public IReadOnlyList<string> Identifiers =>
        [.. new[] { PersonId, Name, Email, EntraObjectId, UserPrincipalName }.OfType<string>().Where(s => s.Length >= 3).Distinct()];
}
