using System.Collections;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostot.Core.Announcements;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Conversations;
using Verkostot.Core.Domain;
using Verkostot.Core.Email;
using Verkostot.Core.Inbox;
using Verkostot.Core.Outbox;
using Verkostot.Core.Privacy;
using Verkostot.Core.Questions.Unanswered;
using Verkostot.Core.Reminders;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Tests.Privacy;

/// <summary>
/// A person's data export and erasure across every table, on SQLite and on PostgreSQL, and the guard that keeps
/// them complete when a table is added.
/// </summary>
public sealed class PersonalDataTests
{
    private const string Id = "tessa-taysmalainen";
    private const string Name = "Tessa Täysmäläinen";
    private const string Email = "tessa.taysmalainen@pikkukunta.test";
    private const string Aad = "7c1e3a0e-5d1b-4a8e-9a55-6f0f1c2d3e4f";
    private const string Upn = "tessa.t@pikkukunta.test";
    private const string Phone = "+358 40 123 4567";
    private const string Other = "olli-ohinen";
    private static readonly string[] Identifying = [Id, Name, Email, Aad, Upn, Phone, "Täysmäläinen"];

    [Fact]
    public async Task PersonalDataTables_EveryEntityTypeOfTheModel_IsPlaced()
    {
        await using var world = await PrivacyWorld.CreateAsync("Sqlite");
        await using var db = world.Db();
        var model = db.Model.GetEntityTypes().Select(e => e.ClrType).ToHashSet();
        var placed = PersonalDataTables.Personal.Concat(PersonalDataTables.NotPersonal.Keys).ToHashSet();

        var unplaced = model.Except(placed).Select(t => t.FullName).ToList();
        Assert.True(unplaced.Count == 0,
            $"Tables not in core/Privacy/PersonalDataTables: {string.Join(", ", unplaced)}. If one can hold a person's data, "
            + "add it to Personal and find its rows in SubjectRows (export) and PersonalDataErasure (erase); otherwise to NotPersonal, saying why.");
        Assert.Empty(placed.Except(model));
        Assert.Empty(PersonalDataTables.Personal.Intersect(PersonalDataTables.NotPersonal.Keys));
    }

    [Fact]
    public async Task SubjectRows_EveryPersonalTable_IsSearched()
    {
        await using var world = await PrivacyWorld.CreateAsync("Sqlite");
        await using var db = world.Db();

        var rows = await SubjectRows.LoadAsync(db, new DataSubject(Id, Name, Email, Aad, Upn), CancellationToken.None);

        Assert.Equal(PersonalDataTables.Personal.OrderBy(t => t.Name), rows.Tables.Select(t => t.Type).OrderBy(t => t.Name));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task ExportAsync_PersonInEveryTable_ExportsEachTablesRows(string provider)
    {
        await using var world = await SeededWorldAsync(provider);
        var subject = await SubjectAsync(world, Email);

        var json = await Use<PersonalDataExport, byte[]?>(world, export => export.ExportAsync(subject, CancellationToken.None));

        using var document = JsonDocument.Parse(json!);
        var tables = document.RootElement.GetProperty("tables");
        await using var db = world.Db();
        var rows = await SubjectRows.LoadAsync(db, subject, CancellationToken.None);
        foreach (var (table, type, list) in rows.Tables)
        {
            Assert.True(list.Count > 0, $"The test stores no {type.Name} about the person: it must fill every personal table.");
            Assert.Equal(list.Count, tables.GetProperty(table).GetArrayLength());
        }
        var text = Encoding.UTF8.GetString(json!);
        Assert.Contains(Name, text);
        Assert.Contains(Phone, text);
        Assert.Contains("Osallistun tänään", text); // the stored activity, readable
        Assert.Equal(Aad, document.RootElement.GetProperty("person").GetProperty("entraObjectId").GetString());
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task EraseAsync_PersonInEveryTable_LeavesNothingIdentifyingAndCountsAddUp(string provider)
    {
        await using var world = await SeededWorldAsync(provider);
        var subject = await SubjectAsync(world, Id);
        var before = await CountsAsync(world);
        Assert.NotEmpty(await IdentifyingValuesAsync(world));

        await Use<PersonalDataErasure, IReadOnlyList<ErasedTable>>(world, erasure => erasure.EraseAsync(subject, CancellationToken.None));

        Assert.Empty(await IdentifyingValuesAsync(world));
        var after = await CountsAsync(world);
        Assert.Equal(before[typeof(AnnouncementMessage)], after[typeof(AnnouncementMessage)]);
        Assert.Equal(before[typeof(ReminderMessage)], after[typeof(ReminderMessage)]);
        Assert.Equal(before[typeof(Announcement)], after[typeof(Announcement)]);
        Assert.Equal(before[typeof(ChangeLogEntry)], after[typeof(ChangeLogEntry)]);
        Assert.Equal(before[typeof(Person)] - 1, after[typeof(Person)]);
        await using var db = world.Db();
        var pending = await db.Set<AnnouncementMessage>().SingleAsync(m => m.State == OutboxState.Cancelled);
        Assert.Equal((ErasedPerson.Name, PersonalDataErasure.Reason), (pending.RecipientName, pending.LastError));
        var invitation = await db.Set<ReminderMessage>().SingleAsync(r => r.Purpose == ReminderPurpose.DeputyInvitation);
        Assert.Equal(Other, invitation.PersonId);
        Assert.StartsWith("deputy/erased-", invitation.Key);
        Assert.Equal(2, await db.Set<MeetingAttendance>().CountAsync()); // the past answer, anonymized; the deputy's, standing in for nobody known
        Assert.NotNull(await db.People.FindAsync(Other));
        Assert.Single(await db.ConversationReferences.Where(c => c.ConversationType == "channel" && c.UserAadObjectId == null && c.TeamId == "team-tessa").ToListAsync());
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task EraseAsync_Twice_SecondFindsNothing(string provider)
    {
        await using var world = await SeededWorldAsync(provider);
        var subject = await SubjectAsync(world, Aad);

        await Use<PersonalDataErasure, IReadOnlyList<ErasedTable>>(world, erasure => erasure.EraseAsync(subject, CancellationToken.None));
        var again = await Use<PersonalDataErasure, IReadOnlyList<ErasedTable>>(world, erasure => erasure.EraseAsync(subject, CancellationToken.None));

        Assert.All(again, table => Assert.Equal((0, 0), (table.Deleted, table.Anonymized)));
        Assert.Null(await Use<PersonalDataExport, byte[]?>(world, export => export.ExportAsync(subject, CancellationToken.None)));
    }

    [Fact]
    public async Task FindAsync_KnownOnlyToTeams_FoundByObjectId()
    {
        await using var world = await PrivacyWorld.CreateAsync("Sqlite");
        await using var db = world.Db();

        var found = await DataSubject.FindAsync(db, Aad, CancellationToken.None);
        var none = await DataSubject.FindAsync(db, "ei-ketaan", CancellationToken.None);

        Assert.Equal(Aad, Assert.Single(found).EntraObjectId);
        Assert.Empty(none);
    }

    private static async Task<PrivacyWorld> SeededWorldAsync(string provider)
    {
        var world = await PrivacyWorld.CreateAsync(provider, new Dictionary<string, string?> { ["Storage:SeedDemoData"] = "true" });
        await SeedAsync(world);
        return world;
    }

    /// <summary>A row about the person in every table that can hold one, and a few of someone else's.</summary>
    private static async Task SeedAsync(PrivacyWorld world)
    {
        var now = PrivacyWorld.Now;
        var past = new Meeting { NetworkId = "pienet-kunnat", StartsAt = now.AddDays(-30), EndsAt = now.AddDays(-30).AddHours(2) };
        var coming = new Meeting { NetworkId = "pienet-kunnat", StartsAt = now.AddDays(14), EndsAt = now.AddDays(14).AddHours(2) };
        var announcement = new Announcement
        {
            Id = Guid.NewGuid(),
            NetworkId = "pienet-kunnat",
            AuthorPersonId = Id,
            AuthorEntraObjectId = Aad,
            Title = "Tiedote",
            Text = "Hei kaikki",
            State = AnnouncementState.Sending,
            CreatedAt = now,
            ReportConversationId = $"a:chat-{Aad}",
            ReportActivityId = "1",
        };
        await world.AddAsync(
            new Person { Id = Id, Name = Name, Email = Email, EntraObjectId = Aad, UserPrincipalName = Upn, Phones = [Phone] },
            new Person { Id = Other, Name = "Olli Ohinen", EntraObjectId = "aad-olli" },
            new NetworkMembership { NetworkId = "pienet-kunnat", PersonId = Id, JoinedOn = new DateOnly(2024, 1, 1) },
            new RoleAssignment { NetworkId = "pienet-kunnat", PersonId = Id, Role = Role.Coordinator },
            new ConversationReference { ConversationId = $"a:chat-{Aad}", ConversationType = "personal", ServiceUrl = "https://smba.test/", ChannelId = "msteams", UserId = "29:tessa", UserName = Name, UserAadObjectId = Aad, UpdatedAt = now },
            new ConversationReference { ConversationId = "19:tessa@thread.tacv2", ConversationType = "channel", ServiceUrl = "https://smba.test/", ChannelId = "msteams", UserId = "29:tessa", UserName = Name, UserAadObjectId = Aad, TeamId = "team-tessa", UpdatedAt = now },
            new PersonalInstallation { AadObjectId = Aad, State = PersonalInstallationState.RemovedByUser, UpdatedAt = now },
            new EmailOptOut { PersonId = Id, OptedOutAt = now },
            past, coming, announcement,
            new ChangeLogEntry { At = now, ActorPersonId = Id, ActorName = Name, Channel = ChangeChannel.Web, Kind = ChangedKind.Meeting, EntityId = "1", Summary = "place" },
            new ChangeLogEntry { At = now, ActorName = "Roster sync", Channel = ChangeChannel.RosterSync, Kind = ChangedKind.Person, EntityId = Id, Summary = $"merged {Id}-2" },
            new InboxActivity
            {
                Key = "k1",
                ReceivedAt = now,
                Payload = JsonSerializer.SerializeToUtf8Bytes(new
                {
                    type = "message",
                    text = "Osallistun tänään",
                    from = new { id = "29:tessa", name = Name, aadObjectId = Aad },
                })
            });
        await using (var db = world.Db())
        {
            var seat = await db.Seats.OrderBy(s => s.Id).FirstAsync();
            seat.DeputyId = Id;
            await db.SaveChangesAsync();
        }
        await world.AddAsync(
            new MeetingAttendance { MeetingId = past.Id, PersonId = Id, Answer = AttendanceAnswer.Attending, AnsweredAt = now.AddDays(-31) },
            new MeetingAttendance { MeetingId = coming.Id, PersonId = Id, Answer = AttendanceAnswer.NotAttending, AnsweredAt = now },
            new MeetingAttendance { MeetingId = coming.Id, PersonId = Other, Answer = AttendanceAnswer.Attending, AnsweredAt = now, StandsInForPersonId = Id },
            new ReminderMessage { MeetingId = past.Id, PersonId = Id, Key = "reminder/7d", Purpose = ReminderPurpose.Reminder, OffsetDays = 7, PlannedFor = past.StartsAt, DueAt = past.StartsAt.AddDays(-7), State = OutboxState.Sent, ConversationId = $"a:chat-{Aad}", ActivityId = "2" },
            new ReminderMessage { MeetingId = coming.Id, PersonId = Id, Key = "reminder/7d", Purpose = ReminderPurpose.Reminder, OffsetDays = 7, PlannedFor = coming.StartsAt, DueAt = coming.StartsAt.AddDays(-7), State = OutboxState.Pending },
            new ReminderMessage { MeetingId = coming.Id, PersonId = Other, Key = $"deputy/{Id}", Purpose = ReminderPurpose.DeputyInvitation, AboutPersonId = Id, PlannedFor = coming.StartsAt, DueAt = now, State = OutboxState.Sent },
            new AnnouncementMessage { AnnouncementId = announcement.Id, RecipientKey = $"person:{Id}", Kind = RecipientKind.Person, PersonId = Id, RecipientName = Name, EntraObjectId = Aad, State = OutboxState.Pending, DueAt = now },
            new UnansweredReportMessage { PersonId = Id, ReportNetworkId = "pienet-kunnat", ReportMonth = "2026-11", State = OutboxState.Sent, DueAt = now, ConversationId = $"a:chat-{Aad}" },
            new AnnouncementMessage { AnnouncementId = announcement.Id, RecipientKey = $"person:{Other}", Kind = RecipientKind.Person, PersonId = Other, RecipientName = "Olli Ohinen", State = OutboxState.Sent, DueAt = now });
    }

    private static async Task<DataSubject> SubjectAsync(PrivacyWorld world, string key)
    {
        await using var db = world.Db();
        return Assert.Single(await DataSubject.FindAsync(db, key, CancellationToken.None));
    }

    private static async Task<TResult> Use<TService, TResult>(PrivacyWorld world, Func<TService, Task<TResult>> work) where TService : notnull
    {
        await using var scope = world.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private static async Task<Dictionary<Type, int>> CountsAsync(PrivacyWorld world)
    {
        await using var db = world.Db();
        var counts = new Dictionary<Type, int>();
        foreach (var type in db.Model.GetEntityTypes().Where(t => !t.ClrType.IsAbstract).Select(t => t.ClrType))
        {
            counts[type] = (await RowsAsync(db, type)).Count;
        }
        return counts;
    }

    /// <summary>Every stored value, in every table, that names the person: "Table.Column = value".</summary>
    private static async Task<List<string>> IdentifyingValuesAsync(PrivacyWorld world)
    {
        await using var db = world.Db();
        var found = new List<string>();
        foreach (var entityType in db.Model.GetEntityTypes().Where(t => !t.ClrType.IsAbstract))
        {
            foreach (var row in await RowsAsync(db, entityType.ClrType))
            {
                var entry = db.Entry(row);
                var properties = entry.Properties.Concat(entry.ComplexProperties.SelectMany(c => c.Properties));
                foreach (var property in properties)
                {
                    var text = Stored(property.Metadata, property.CurrentValue);
                    if (Identifying.Any(i => text.Contains(i, StringComparison.OrdinalIgnoreCase)))
                    {
                        found.Add($"{entityType.ClrType.Name}.{property.Metadata.Name} = {text}");
                    }
                }
            }
        }
        return found;
    }

    private static string Stored(Microsoft.EntityFrameworkCore.Metadata.IProperty property, object? value) => value switch
    {
        null => "",
        string text => text,
        byte[] bytes => Encoding.UTF8.GetString(bytes) + " " + Readable(bytes),
        IEnumerable<string> texts => string.Join(" | ", texts),
        _ when property.GetTypeMapping().Converter?.ConvertToProvider(value) is string stored => stored + " " + Readable(Encoding.UTF8.GetBytes(stored)),
        _ => value.ToString() ?? "",
    };

    // JSON's strings read (escapes such as \u00E4 undone), so that an escaped name is found too.
    private static string Readable(byte[] json)
    {
        try
        {
            var strings = new List<string>();
            Collect(JsonSerializer.Deserialize<JsonElement>(json), strings);
            return string.Join(" | ", strings);
        }
        catch (JsonException)
        {
            return "";
        }
    }

    private static void Collect(JsonElement element, List<string> strings)
    {
        if (element.ValueKind == JsonValueKind.String) strings.Add(element.GetString()!);
        if (element.ValueKind == JsonValueKind.Object) foreach (var property in element.EnumerateObject()) Collect(property.Value, strings);
        if (element.ValueKind == JsonValueKind.Array) foreach (var item in element.EnumerateArray()) Collect(item, strings);
    }

    private static async Task<IList> RowsAsync(VerkostotDbContext db, Type type)
    {
        var set = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(type).Invoke(db, null)!;
        return await set.ToListAsync();
    }
}
