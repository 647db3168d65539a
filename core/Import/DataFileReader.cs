using System.Globalization;
using System.Text;
using System.Text.Json;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;

namespace Verkostot.Core.Import;

/// <summary>
/// Reads a data file with one <see cref="Utf8JsonReader"/> pass, property by property, handing each section to the
/// converter as it ends and each person as read: the serializer's general machinery costs about 40 % more for a file of
/// 10 000 people, and entries held until the whole file is read would all live through the request. It reads the plain
/// form only (known properties, each value of its own type, enums by their exact names, dates as yyyy-MM-dd, each section
/// once and in the order the converter takes them, as an export writes them); for anything else it gives null, and the
/// file is read by the serializer, which also words the errors and finds their lines.
/// </summary>
internal static class DataFileReader
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The file's content by <paramref name="converter"/> (with its errors), or null when the file is not in the plain form: then the converter is spent.</summary>
    public static CatalogContent? TryRead(ReadOnlySpan<byte> utf8Json, DataFileConverter converter)
    {
        var reader = new Utf8JsonReader(utf8Json, Options);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
            var content = Root(ref reader, converter);
            // Only comments and whitespace may follow; anything else is the serializer's to report.
            return reader.Read() ? null : content;
        }
        catch (Exception e) when (e is JsonException or NotPlainException)
        {
            return null;
        }
    }

    private static CatalogContent Root(ref Utf8JsonReader reader, DataFileConverter converter)
    {
        int? formatVersion = null;
        var section = Section.None;
        while (Property(ref reader))
        {
            if (reader.ValueTextEquals("people"u8))
            {
                Next(ref section, Section.People);
                People(ref reader, converter);
            }
            else if (reader.ValueTextEquals("networks"u8))
            {
                Next(ref section, Section.Networks);
                converter.Networks(Objects(ref reader, (ref Utf8JsonReader r) => Network(ref r, converter)));
            }
            else if (reader.ValueTextEquals("meetings"u8))
            {
                Next(ref section, Section.Meetings);
                converter.Meetings(Objects(ref reader, (ref Utf8JsonReader r) => Meeting(ref r, converter)));
            }
            else if (reader.ValueTextEquals("municipalities"u8))
            {
                Next(ref section, Section.Municipalities);
                converter.Municipalities(Objects(ref reader, Municipality));
            }
            else if (reader.ValueTextEquals("regions"u8))
            {
                Next(ref section, Section.Regions);
                converter.Regions(Objects(ref reader, Region));
            }
            else if (reader.ValueTextEquals("priorityDocuments"u8))
            {
                Next(ref section, Section.PriorityDocuments);
                converter.PriorityDocuments(Objects(ref reader, Document));
            }
            else if (reader.ValueTextEquals("formatVersion"u8)) formatVersion = Int(ref reader);
            else if (reader.ValueTextEquals("source"u8)) _ = String(ref reader);
            else throw new NotPlainException();
        }
        return converter.Finish(formatVersion);
    }

    /// <summary>The converter's order of sections (see <see cref="DataFileConverter.Convert"/>).</summary>
    private enum Section
    {
        None,
        Regions,
        Municipalities,
        People,
        Networks,
        PriorityDocuments,
        Meetings,
    }

    /// <summary>A section before one already read, or read again, was converted too early: the file is the serializer's.</summary>
    private static void Next(ref Section current, Section next)
    {
        if (next <= current) throw new NotPlainException();
        current = next;
    }

    /// <summary>Each person to the converter as read (see the class).</summary>
    private static void People(ref Utf8JsonReader reader, DataFileConverter converter)
    {
        if (Value(ref reader) == JsonTokenType.Null) return;
        if (reader.TokenType != JsonTokenType.StartArray) throw new NotPlainException();
        // One entry and title for every person: the converter keeps none of them, only what it makes of them.
        var entry = new PersonEntry();
        var title = new TextEntry();
        for (var i = 0; Value(ref reader) != JsonTokenType.EndArray; i++)
        {
            if (reader.TokenType == JsonTokenType.Null) converter.Person(null, i);
            else if (reader.TokenType == JsonTokenType.StartObject) converter.Person(Person(ref reader, converter, entry, title), i);
            else throw new NotPlainException();
        }
    }

    private static RegionEntry Region(ref Utf8JsonReader reader)
    {
        var entry = new RegionEntry();
        while (Property(ref reader))
        {
            if (reader.ValueTextEquals("name"u8)) entry.Name = Text(ref reader);
            else if (reader.ValueTextEquals("source"u8)) entry.Source = String(ref reader);
            else throw new NotPlainException();
        }
        return entry;
    }

    private static MunicipalityEntry Municipality(ref Utf8JsonReader reader)
    {
        var entry = new MunicipalityEntry();
        while (Property(ref reader))
        {
            if (reader.ValueTextEquals("id"u8)) entry.Id = String(ref reader);
            else if (reader.ValueTextEquals("nameFi"u8)) entry.NameFi = String(ref reader);
            else if (reader.ValueTextEquals("nameSv"u8)) entry.NameSv = String(ref reader);
            else if (reader.ValueTextEquals("maakunta"u8)) entry.Maakunta = String(ref reader);
            else if (reader.ValueTextEquals("language"u8)) entry.Language = Named<MunicipalityLanguage>(ref reader);
            else if (reader.ValueTextEquals("source"u8)) entry.Source = String(ref reader);
            else throw new NotPlainException();
        }
        return entry;
    }

    /// <summary>
    /// A person, with the catalog's strings for the values it has the same (<paramref name="converter"/>'s catalog, once
    /// the id is read): an unchanged person then allocates no text of its own.
    /// </summary>
    private static PersonEntry Person(ref Utf8JsonReader reader, DataFileConverter converter, PersonEntry entry, TextEntry title)
    {
        entry.Clear();
        Domain.Person? known = null;
        while (Property(ref reader))
        {
            if (reader.ValueTextEquals("id"u8)) entry.Id = PersonId(ref reader, converter, out known);
            else if (reader.ValueTextEquals("name"u8)) entry.Name = String(ref reader, known?.Name);
            else if (reader.ValueTextEquals("title"u8)) entry.Title = Text(ref reader, known?.Title, title);
            else if (reader.ValueTextEquals("municipalityId"u8)) entry.MunicipalityId = String(ref reader, known?.MunicipalityId);
            else if (reader.ValueTextEquals("email"u8)) entry.Email = String(ref reader, known?.Email);
            else if (reader.ValueTextEquals("entraObjectId"u8)) entry.EntraObjectId = String(ref reader, known?.EntraObjectId);
            else if (reader.ValueTextEquals("userPrincipalName"u8)) entry.UserPrincipalName = String(ref reader, known?.UserPrincipalName);
            else if (reader.ValueTextEquals("organisation"u8)) entry.Organisation = String(ref reader, known?.Organisation);
            else if (reader.ValueTextEquals("phones"u8)) entry.Phones = Strings(ref reader);
            else if (reader.ValueTextEquals("language"u8)) entry.Language = Named<Language>(ref reader);
            else if (reader.ValueTextEquals("responsibilities"u8)) entry.Responsibilities = Texts(ref reader);
            else if (reader.ValueTextEquals("isGuest"u8)) entry.IsGuest = Bool(ref reader);
            else if (reader.ValueTextEquals("isDemo"u8)) entry.IsDemo = Bool(ref reader);
            else if (reader.ValueTextEquals("sourceName"u8)) entry.SourceName = Text(ref reader);
            else if (reader.ValueTextEquals("asOf"u8)) entry.AsOf = String(ref reader);
            else if (reader.ValueTextEquals("source"u8)) entry.Source = String(ref reader);
            else throw new NotPlainException();
        }
        return entry;
    }

    private static NetworkEntry Network(ref Utf8JsonReader reader, DataFileConverter converter)
    {
        var entry = new NetworkEntry();
        while (Property(ref reader))
        {
            if (reader.ValueTextEquals("id"u8)) entry.Id = String(ref reader);
            else if (reader.ValueTextEquals("name"u8)) entry.Name = Text(ref reader);
            else if (reader.ValueTextEquals("kind"u8)) entry.Kind = Named<NetworkKind>(ref reader);
            else if (reader.ValueTextEquals("description"u8)) entry.Description = Text(ref reader);
            else if (reader.ValueTextEquals("membershipCriteria"u8)) entry.MembershipCriteria = Text(ref reader);
            else if (reader.ValueTextEquals("membersRole"u8)) entry.MembersRole = Text(ref reader);
            else if (reader.ValueTextEquals("municipalityCount"u8)) entry.MunicipalityCount = Int(ref reader);
            else if (reader.ValueTextEquals("residents"u8)) entry.Residents = Int(ref reader);
            else if (reader.ValueTextEquals("residentsApproximate"u8)) entry.ResidentsApproximate = Bool(ref reader);
            else if (reader.ValueTextEquals("founded"u8)) entry.Founded = String(ref reader);
            else if (reader.ValueTextEquals("meetingCadence"u8)) entry.MeetingCadence = Text(ref reader);
            else if (reader.ValueTextEquals("themes"u8)) entry.Themes = Texts(ref reader);
            else if (reader.ValueTextEquals("channels"u8)) entry.Channels = Texts(ref reader);
            else if (reader.ValueTextEquals("details"u8)) entry.Details = Texts(ref reader);
            else if (reader.ValueTextEquals("sources"u8)) entry.Sources = Objects(ref reader, Source);
            else if (reader.ValueTextEquals("teamId"u8)) entry.TeamId = String(ref reader);
            else if (reader.ValueTextEquals("channelId"u8)) entry.ChannelId = String(ref reader);
            else if (reader.ValueTextEquals("groupId"u8)) entry.GroupId = String(ref reader);
            else if (reader.ValueTextEquals("isDemo"u8)) entry.IsDemo = Bool(ref reader);
            else if (reader.ValueTextEquals("bodies"u8)) entry.Bodies = Objects(ref reader, Body);
            else if (reader.ValueTextEquals("roles"u8)) entry.Roles = Objects(ref reader, Role);
            else if (reader.ValueTextEquals("members"u8)) entry.Members = Objects(ref reader, (ref Utf8JsonReader r) => Member(ref r, converter));
            else if (reader.ValueTextEquals("sourceName"u8)) entry.SourceName = Text(ref reader);
            else if (reader.ValueTextEquals("asOf"u8)) entry.AsOf = String(ref reader);
            else if (reader.ValueTextEquals("source"u8)) entry.Source = String(ref reader);
            else throw new NotPlainException();
        }
        return entry;
    }

    private static SourceEntry Source(ref Utf8JsonReader reader)
    {
        var entry = new SourceEntry();
        while (Property(ref reader))
        {
            if (reader.ValueTextEquals("id"u8)) entry.Id = String(ref reader);
            else if (reader.ValueTextEquals("name"u8)) entry.Name = Text(ref reader);
            else if (reader.ValueTextEquals("url"u8)) entry.Url = String(ref reader);
            else if (reader.ValueTextEquals("updated"u8)) entry.Updated = Date(ref reader);
            else throw new NotPlainException();
        }
        return entry;
    }

    private static BodyEntry Body(ref Utf8JsonReader reader)
    {
        var entry = new BodyEntry();
        while (Property(ref reader))
        {
            if (reader.ValueTextEquals("id"u8)) entry.Id = String(ref reader);
            else if (reader.ValueTextEquals("kind"u8)) entry.Kind = Named<BodyKind>(ref reader);
            else if (reader.ValueTextEquals("name"u8)) entry.Name = Text(ref reader);
            else if (reader.ValueTextEquals("description"u8)) entry.Description = Text(ref reader);
            else if (reader.ValueTextEquals("membersRole"u8)) entry.MembersRole = Text(ref reader);
            else if (reader.ValueTextEquals("termLengthYears"u8)) entry.TermLengthYears = Int(ref reader);
            else if (reader.ValueTextEquals("meetingsPerYear"u8)) entry.MeetingsPerYear = Int(ref reader);
            else if (reader.ValueTextEquals("meetingCadence"u8)) entry.MeetingCadence = Text(ref reader);
            else if (reader.ValueTextEquals("sinceYear"u8)) entry.SinceYear = Int(ref reader);
            else if (reader.ValueTextEquals("appointedBy"u8)) entry.AppointedBy = Text(ref reader);
            else if (reader.ValueTextEquals("memberCount"u8)) entry.MemberCount = Int(ref reader);
            else if (reader.ValueTextEquals("deputyCount"u8)) entry.DeputyCount = Int(ref reader);
            else if (reader.ValueTextEquals("terms"u8)) entry.Terms = Objects(ref reader, Term);
            else if (reader.ValueTextEquals("sourceName"u8)) entry.SourceName = Text(ref reader);
            else if (reader.ValueTextEquals("asOf"u8)) entry.AsOf = String(ref reader);
            else if (reader.ValueTextEquals("source"u8)) entry.Source = String(ref reader);
            else throw new NotPlainException();
        }
        return entry;
    }

    private static TermEntry Term(ref Utf8JsonReader reader)
    {
        var entry = new TermEntry();
        while (Property(ref reader))
        {
            if (reader.ValueTextEquals("start"u8)) entry.Start = Date(ref reader);
            else if (reader.ValueTextEquals("end"u8)) entry.End = Date(ref reader);
            else if (reader.ValueTextEquals("seats"u8)) entry.Seats = Objects(ref reader, Seat);
            else if (reader.ValueTextEquals("isDemo"u8)) entry.IsDemo = Bool(ref reader);
            else if (reader.ValueTextEquals("sourceId"u8)) entry.SourceId = String(ref reader);
            else if (reader.ValueTextEquals("sourceName"u8)) entry.SourceName = Text(ref reader);
            else if (reader.ValueTextEquals("asOf"u8)) entry.AsOf = String(ref reader);
            else if (reader.ValueTextEquals("source"u8)) entry.Source = String(ref reader);
            else throw new NotPlainException();
        }
        return entry;
    }

    private static SeatEntry Seat(ref Utf8JsonReader reader)
    {
        var entry = new SeatEntry();
        while (Property(ref reader))
        {
            if (reader.ValueTextEquals("regionId"u8)) entry.RegionId = String(ref reader);
            else if (reader.ValueTextEquals("regionName"u8)) entry.RegionName = Text(ref reader);
            else if (reader.ValueTextEquals("memberId"u8)) entry.MemberId = String(ref reader);
            else if (reader.ValueTextEquals("deputyId"u8)) entry.DeputyId = String(ref reader);
            else if (reader.ValueTextEquals("maakunnat"u8)) entry.Maakunnat = Strings(ref reader);
            else if (reader.ValueTextEquals("source"u8)) entry.Source = String(ref reader);
            else throw new NotPlainException();
        }
        return entry;
    }

    private static RoleEntry Role(ref Utf8JsonReader reader)
    {
        var entry = new RoleEntry();
        while (Property(ref reader))
        {
            if (reader.ValueTextEquals("personId"u8)) entry.PersonId = String(ref reader);
            else if (reader.ValueTextEquals("role"u8)) entry.Role = Named<Role>(ref reader);
            else if (reader.ValueTextEquals("bodyId"u8)) entry.BodyId = String(ref reader);
            else if (reader.ValueTextEquals("from"u8)) entry.From = Date(ref reader);
            else if (reader.ValueTextEquals("until"u8)) entry.Until = Date(ref reader);
            else if (reader.ValueTextEquals("isDemo"u8)) entry.IsDemo = Bool(ref reader);
            else if (reader.ValueTextEquals("sourceName"u8)) entry.SourceName = Text(ref reader);
            else if (reader.ValueTextEquals("asOf"u8)) entry.AsOf = String(ref reader);
            else if (reader.ValueTextEquals("source"u8)) entry.Source = String(ref reader);
            else throw new NotPlainException();
        }
        return entry;
    }

    private static MemberEntry Member(ref Utf8JsonReader reader, DataFileConverter converter)
    {
        var entry = new MemberEntry();
        while (Property(ref reader))
        {
            if (reader.ValueTextEquals("personId"u8)) entry.PersonId = PersonId(ref reader, converter, out _);
            else if (reader.ValueTextEquals("inGroup"u8)) entry.InGroup = Bool(ref reader);
            else if (reader.ValueTextEquals("joinedOn"u8)) entry.JoinedOn = Date(ref reader);
            else if (reader.ValueTextEquals("leftOn"u8)) entry.LeftOn = Date(ref reader);
            else if (reader.ValueTextEquals("source"u8)) entry.Source = String(ref reader);
            else throw new NotPlainException();
        }
        return entry;
    }

    private static PriorityDocumentEntry Document(ref Utf8JsonReader reader)
    {
        var entry = new PriorityDocumentEntry();
        while (Property(ref reader))
        {
            if (reader.ValueTextEquals("id"u8)) entry.Id = String(ref reader);
            else if (reader.ValueTextEquals("title"u8)) entry.Title = Text(ref reader);
            else if (reader.ValueTextEquals("networkId"u8)) entry.NetworkId = String(ref reader);
            else if (reader.ValueTextEquals("approvedOn"u8)) entry.ApprovedOn = Date(ref reader);
            else if (reader.ValueTextEquals("approvedBy"u8)) entry.ApprovedBy = Text(ref reader);
            else if (reader.ValueTextEquals("description"u8)) entry.Description = Text(ref reader);
            else if (reader.ValueTextEquals("items"u8)) entry.Items = Objects(ref reader, Item);
            else if (reader.ValueTextEquals("sourceName"u8)) entry.SourceName = Text(ref reader);
            else if (reader.ValueTextEquals("asOf"u8)) entry.AsOf = String(ref reader);
            else if (reader.ValueTextEquals("source"u8)) entry.Source = String(ref reader);
            else throw new NotPlainException();
        }
        return entry;
    }

    private static PriorityItemEntry Item(ref Utf8JsonReader reader)
    {
        var entry = new PriorityItemEntry();
        while (Property(ref reader))
        {
            if (reader.ValueTextEquals("category"u8)) entry.Category = String(ref reader);
            else if (reader.ValueTextEquals("heading"u8)) entry.Heading = Text(ref reader);
            else if (reader.ValueTextEquals("points"u8)) entry.Points = Strings(ref reader);
            else throw new NotPlainException();
        }
        return entry;
    }

    /// <summary>A meeting, with the catalog's strings for the values it has the same (<paramref name="converter"/>'s catalog, once the id is read).</summary>
    private static MeetingEntry Meeting(ref Utf8JsonReader reader, DataFileConverter converter)
    {
        var entry = new MeetingEntry();
        Domain.Meeting? known = null;
        while (Property(ref reader))
        {
            if (reader.ValueTextEquals("id"u8)) known = (entry.Id = Int(ref reader)) is { } id ? converter.CatalogMeeting(id) : null;
            else if (reader.ValueTextEquals("networkId"u8)) entry.NetworkId = String(ref reader, known?.NetworkId);
            else if (reader.ValueTextEquals("bodyId"u8)) entry.BodyId = String(ref reader, known?.BodyId);
            else if (reader.ValueTextEquals("kind"u8)) entry.Kind = Named<MeetingKind>(ref reader);
            else if (reader.ValueTextEquals("start"u8)) entry.Start = String(ref reader);
            else if (reader.ValueTextEquals("duration"u8)) entry.Duration = String(ref reader);
            else if (reader.ValueTextEquals("place"u8)) entry.Place = String(ref reader, known?.Place);
            else if (reader.ValueTextEquals("agenda"u8)) entry.Agenda = Strings(ref reader, known?.Agenda);
            else if (reader.ValueTextEquals("title"u8)) entry.Title = Text(ref reader, known?.Title);
            else if (reader.ValueTextEquals("recurrence"u8)) entry.Recurrence = String(ref reader);
            else if (reader.ValueTextEquals("teamsLink"u8)) entry.TeamsLink = String(ref reader, known?.TeamsLink);
            else if (reader.ValueTextEquals("materials"u8)) entry.Materials = Strings(ref reader, known?.Materials);
            else if (reader.ValueTextEquals("invited"u8)) entry.Invited = Text(ref reader, known?.Invited);
            else if (reader.ValueTextEquals("jointWithNetworkId"u8)) entry.JointWithNetworkId = String(ref reader, known?.JointWithNetworkId);
            else if (reader.ValueTextEquals("isCancelled"u8)) entry.IsCancelled = Bool(ref reader);
            else if (reader.ValueTextEquals("isDemo"u8)) entry.IsDemo = Bool(ref reader);
            else if (reader.ValueTextEquals("source"u8)) entry.Source = String(ref reader);
            else throw new NotPlainException();
        }
        return entry;
    }

    /// <param name="into">An entry to read the text into instead of a new one (cleared first).</param>
    private static TextEntry? Text(ref Utf8JsonReader reader, LocalizedText? known = null, TextEntry? into = null)
    {
        if (Value(ref reader) == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.StartObject) throw new NotPlainException();
        return TextObject(ref reader, known, into);
    }

    private static TextEntry TextObject(ref Utf8JsonReader reader, LocalizedText? known = null, TextEntry? into = null)
    {
        var entry = into ?? new TextEntry();
        (entry.Fi, entry.Sv, entry.En) = (null, null, null);
        while (Property(ref reader))
        {
            if (reader.ValueTextEquals("fi"u8)) entry.Fi = String(ref reader, known?.Fi);
            else if (reader.ValueTextEquals("sv"u8)) entry.Sv = String(ref reader, known?.Sv);
            else if (reader.ValueTextEquals("en"u8)) entry.En = String(ref reader, known?.En);
            else throw new NotPlainException();
        }
        return entry;
    }

    private delegate T ObjectReader<out T>(ref Utf8JsonReader reader);

    /// <summary>A list of objects; a null item stays null (the converter reports it with its place).</summary>
    private static List<T>? Objects<T>(ref Utf8JsonReader reader, ObjectReader<T> item) where T : class
    {
        if (Value(ref reader) == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.StartArray) throw new NotPlainException();
        var list = new List<T>();
        while (Value(ref reader) != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.Null) list.Add(null!);
            else if (reader.TokenType == JsonTokenType.StartObject) list.Add(item(ref reader));
            else throw new NotPlainException();
        }
        return list;
    }

    private static List<TextEntry>? Texts(ref Utf8JsonReader reader)
    {
        if (Value(ref reader) == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.StartArray) throw new NotPlainException();
        var list = new List<TextEntry>();
        while (Value(ref reader) != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.Null) list.Add(null!);
            else if (reader.TokenType == JsonTokenType.StartObject) list.Add(TextObject(ref reader));
            else throw new NotPlainException();
        }
        return list;
    }

    /// <param name="known">The catalog's list: an item the file has the same in the same place is its string.</param>
    private static List<string>? Strings(ref Utf8JsonReader reader, List<string>? known = null)
    {
        if (Value(ref reader) == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.StartArray) throw new NotPlainException();
        var list = new List<string>(known?.Count ?? 0);
        while (Value(ref reader) != JsonTokenType.EndArray)
        {
            list.Add(reader.TokenType switch
            {
                JsonTokenType.String => known is not null && list.Count < known.Count && known[list.Count] is { } item && reader.ValueTextEquals(item) ? item : reader.GetString()!,
                JsonTokenType.Null => null!,
                _ => throw new NotPlainException(),
            });
        }
        return list;
    }

    /// <summary>
    /// A person's id, and the catalog's person with it (<paramref name="known"/>): then the id is the catalog's string,
    /// found by the id's characters, and ten thousand known people's ids allocate nothing.
    /// </summary>
    private static string? PersonId(ref Utf8JsonReader reader, DataFileConverter converter, out Domain.Person? known)
    {
        known = null;
        if (Value(ref reader) == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.String) throw new NotPlainException();
        // Unescaped, an id has no more characters than its bytes in the file.
        Span<char> id = stackalloc char[128];
        if (reader.ValueSpan.Length <= id.Length) known = converter.CatalogPerson(id[..reader.CopyString(id)]);
        return known?.Id ?? reader.GetString();
    }

    /// <param name="known">The catalog's value, taken instead of a new string when the file has the same.</param>
    private static string? String(ref Utf8JsonReader reader, string? known = null) => Value(ref reader) switch
    {
        JsonTokenType.String => known is not null && reader.ValueTextEquals(known) ? known : reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw new NotPlainException(),
    };

    private static int? Int(ref Utf8JsonReader reader) => Value(ref reader) switch
    {
        JsonTokenType.Number when reader.TryGetInt32(out var value) => value,
        JsonTokenType.Null => null,
        _ => throw new NotPlainException(),
    };

    private static bool? Bool(ref Utf8JsonReader reader) => Value(ref reader) switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Null => null,
        _ => throw new NotPlainException(),
    };

    private static DateOnly? Date(ref Utf8JsonReader reader)
    {
        if (Value(ref reader) == JsonTokenType.Null) return null;
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && reader.ValueSpan is { Length: 10 } text
            && (IsoDate.TryDay(text, out var date) || DateOnly.TryParseExact(Encoding.ASCII.GetString(text), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)))
        {
            return date;
        }
        throw new NotPlainException();
    }

    private static T? Named<T>(ref Utf8JsonReader reader) where T : struct, Enum
    {
        if (Value(ref reader) == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.String) throw new NotPlainException();
        var names = EnumNames<T>.Utf8;
        for (var i = 0; i < names.Length; i++)
        {
            if (reader.ValueTextEquals(names[i])) return EnumNames<T>.Values[i];
        }
        throw new NotPlainException();
    }

    /// <summary>Moves to the next property of the object being read; false at its end.</summary>
    private static bool Property(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.PropertyName => true,
            JsonTokenType.EndObject => false,
            _ => throw new NotPlainException(),
        };
    }

    private static JsonTokenType Value(ref Utf8JsonReader reader)
    {
        if (!reader.Read()) throw new NotPlainException();
        return reader.TokenType;
    }

    private static class EnumNames<T> where T : struct, Enum
    {
        public static readonly T[] Values = System.Enum.GetValues<T>();
        public static readonly byte[][] Utf8 = [.. Values.Select(v => Encoding.UTF8.GetBytes(v.ToString()))];
    }

    private sealed class NotPlainException : Exception;
}
