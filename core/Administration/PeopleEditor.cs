using Microsoft.EntityFrameworkCore;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Domain;
using Verkostot.Core.Import;
using Verkostot.Core.Roster;
using Verkostot.Core.Storage;
using Verkostot.Core.Time;

namespace Verkostot.Core.Administration;

/// <summary>
/// Adds and edits people from the web app. A person's Entra object id is theirs alone: it is how Teams, roster sync
/// and reminders know them, so a second person with the same id is refused (merge them instead).
/// </summary>
public sealed class PeopleEditor(IDbContextFactory<VerkostotDbContext> contexts, ChangeLogWriter changeLog, TimeProvider time)
{
    private static readonly FieldList<Person> Fields = new FieldList<Person>()
        .Add("name", p => p.Name, (p, v) => p.Name = v)
        .Add("title", p => p.Title, (p, v) => p.Title = v)
        .Add("municipalityId", p => p.MunicipalityId, (p, v) => p.MunicipalityId = v)
        .Add("organisation", p => p.Organisation, (p, v) => p.Organisation = v)
        .Add("email", p => p.Email, (p, v) => p.Email = v)
        .Add("phones", p => p.Phones, (p, v) => p.Phones = [.. v])
        .Add("entraObjectId", p => p.EntraObjectId, (p, v) => p.EntraObjectId = v)
        .Add("language", p => p.Language, (p, v) => p.Language = v)
        .Add("responsibilities", p => p.Responsibilities, (p, v) => p.Responsibilities = [.. v]);

    /// <summary>
    /// Adds a person with an id made from their name ("anna-virtanen", "anna-virtanen-2"). With
    /// <paramref name="networkId"/> (the network page they were added on) they also join that network's roster.
    /// </summary>
    public async Task<EditResult<Person>> AddAsync(PersonInput input, ChangeActor actor, string? networkId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var checks = new EditChecks();
        var person = await CheckedAsync(db, checks, input, null, null, cancellationToken);
        if (networkId is not null && !await db.Networks.AnyAsync(n => n.Id == networkId, cancellationToken)) return EditResult<Person>.NotFound;
        if (checks.Failed) return EditResult<Person>.Invalid(checks.Errors);

        var objectId = person.EntraObjectId ?? Guid.NewGuid().ToString("N");
        // Only the ids the new one could run into, not every person's.
        var stem = PersonSlug.Stem(person.Name, objectId);
        var taken = (await db.People.Where(p => p.Id == stem || p.Id.StartsWith(stem + "-")).Select(p => p.Id).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        person.Id = PersonSlug.Create(person.Name, objectId, taken);
        person.Attribution = new Attribution { AsOf = HelsinkiTime.Today(time) };
        db.People.Add(person);
        changeLog.Record(db, actor, ChangedKind.Person, person.Id, networkId, ChangeAction.Added, Fields.Differences(new Person { Id = "", Name = "" }, person));
        if (networkId is not null)
        {
            db.NetworkMemberships.Add(new NetworkMembership { NetworkId = networkId, PersonId = person.Id, JoinedOn = HelsinkiTime.Today(time) });
            changeLog.Record(db, actor, ChangedKind.Membership, $"{networkId}/{person.Id}", networkId, ChangeAction.Added, ["joinedOn"]);
        }
        await db.SaveChangesAsync(cancellationToken);
        return EditResult<Person>.Saved(person);
    }

    /// <summary>Saves a person's details; <paramref name="networkId"/> is the network page the edit was made on, for the change log.</summary>
    public async Task<EditResult<Person>> EditAsync(string personId, PersonInput input, ChangeActor actor, string? networkId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.People.SingleOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (stored is null) return EditResult<Person>.NotFound;
        var checks = new EditChecks();
        var edited = await CheckedAsync(db, checks, input, personId, stored.EntraObjectId, cancellationToken);
        if (checks.Failed) return EditResult<Person>.Invalid(checks.Errors);

        var fields = Fields.Differences(stored, edited);
        if (fields.Count == 0) return EditResult<Person>.Saved(stored);
        Fields.Copy(stored, edited);
        // What a coordinator saves holds as of today; who stated the earlier facts stays named.
        stored.Attribution = stored.Attribution with { AsOf = HelsinkiTime.Today(time), AsOfPrecision = DatePrecision.Day };
        changeLog.Record(db, actor, ChangedKind.Person, stored.Id, networkId, ChangeAction.Changed, fields);
        await db.SaveChangesAsync(cancellationToken);
        return EditResult<Person>.Saved(stored);
    }

    /// <summary>An id already stored is left as it is: test tenants and the Agents Playground use ids that are not GUIDs.</summary>
    private static string? ObjectId(EditChecks checks, string? given, string? stored) =>
        given?.Trim() is { Length: > 0 } id && string.Equals(id, stored, StringComparison.OrdinalIgnoreCase)
            ? stored
            : checks.ObjectId("entraObjectId", given);

    private static async Task<Person> CheckedAsync(VerkostotDbContext db, EditChecks checks, PersonInput input, string? personId, string? storedObjectId,
        CancellationToken cancellationToken)
    {
        var person = new Person
        {
            Id = personId ?? "",
            Name = checks.Text("name", input.Name, EditChecks.NameLength, required: true) ?? "",
            Title = checks.Text("title", input.Title, EditChecks.NameLength),
            MunicipalityId = checks.Text("municipalityId", input.MunicipalityId, EditChecks.NameLength),
            Organisation = checks.Text("organisation", input.Organisation, EditChecks.NameLength),
            Email = checks.Email("email", input.Email),
            Phones = [.. (input.Phones ?? []).Select((p, i) => checks.Phone($"phones[{i}]", p)).OfType<string>()],
            EntraObjectId = ObjectId(checks, input.EntraObjectId, storedObjectId),
            Language = input.Language,
            Responsibilities = checks.Texts("responsibilities", input.Responsibilities, EditChecks.NameLength),
        };
        if (person.MunicipalityId is { } municipality && !await db.Municipalities.AnyAsync(m => m.Id == municipality, cancellationToken))
        {
            checks.Add("municipalityId", EditErrorCode.UnknownMunicipality);
        }
        if (person.EntraObjectId is { } objectId)
        {
            var lowered = objectId.ToLowerInvariant();
            var holder = await db.People.AsNoTracking()
                .Where(p => p.Id != personId && p.EntraObjectId != null && p.EntraObjectId.ToLower() == lowered)
                .Select(p => p.Name).FirstOrDefaultAsync(cancellationToken);
            if (holder is not null) checks.Add("entraObjectId", EditErrorCode.ObjectIdTaken, holder);
        }
        return person;
    }
}
