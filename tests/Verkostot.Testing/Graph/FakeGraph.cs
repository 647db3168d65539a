using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using MimeKit;
using Verkostot.Testing.Loopback;

namespace Verkostot.Testing.Graph;

/// <summary>
/// Microsoft Graph on http://127.0.0.1:{random port}/v1.0 for roster sync: a group's members with paging
/// (@odata.nextLink), /groups/delta with <c>$deltatoken=latest</c>, members@delta across pages with nextLink and
/// deltaLink, directoryObjects/getByIds, and scripted failures (410, 429 with Retry-After, 401, 403, …) answered
/// before anything else. Mailboxes send MIME mail (<c>/users/{mailbox}/sendMail</c>) within Exchange Online's limits
/// when set (messages a minute, requests in 10 minutes per mailbox), answering 429 with Retry-After beyond them.
/// Records every request.
/// </summary>
public sealed class FakeGraph : LoopbackServer
{
    private readonly object _gate = new();
    private readonly Dictionary<string, FakeGroup> _groups = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, FakeUser> _users = new(StringComparer.OrdinalIgnoreCase);
    private readonly Queue<FakeGraphResponse> _scripted = new();
    private readonly List<FakeGraphRequest> _requests = [];
    private readonly Dictionary<string, FakeMailbox> _mailboxes = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string PathPrefix, FakeGraphResponse Response)> _scriptedFor = [];
    private readonly List<FakeMail> _mail = [];
    private readonly Dictionary<string, FakeTeamsUser> _teamsUsers = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, FakeEvent> _events = new(StringComparer.Ordinal);
    private int _calendarVersion;
    private int _deltaLinksValidFrom;

    private FakeGraph()
    {
    }

    /// <summary>What to configure as Graph:BaseUrl.</summary>
    public string BaseUrl => Origin + "/v1.0";

    /// <summary>Members per page of a delta answer.</summary>
    public int DeltaPageSize { get; set; } = 500;

    public static async Task<FakeGraph> StartAsync()
    {
        var fake = new FakeGraph();
        await fake.ListenAsync();
        return fake;
    }

    protected override void Map(WebApplication app) => app.Run(HandleAsync);

    public IReadOnlyList<FakeGraphRequest> Requests
    {
        get { lock (_gate) { return [.. _requests]; } }
    }

    /// <summary>E-mails accepted, in order.</summary>
    public IReadOnlyList<FakeMail> Mail
    {
        get { lock (_gate) { return [.. _mail]; } }
    }

    /// <summary>Requests answered 429 because a mailbox's limit was reached (not scripted ones).</summary>
    public int Throttled { get; private set; }

    /// <summary>How long accepting one e-mail takes, like Exchange's latency.</summary>
    public TimeSpan SendMailLatency { get; set; }

    /// <summary>Messages a mailbox may send in any 60 seconds; null for no limit. Exchange Online allows 30.</summary>
    public int? MessagesPerMinute { get; set; }

    /// <summary>Requests on one mailbox in any 10 minutes; null for no limit. Graph allows 10 000 per app and mailbox.</summary>
    public int? MailboxRequestsPer10Minutes { get; set; }

    /// <summary>A mailbox that exists; <paramref name="accessDenied"/> answers 403 as when the application access policy leaves it out.</summary>
    public void AddMailbox(string address, bool accessDenied = false)
    {
        lock (_gate) { _mailboxes[address] = new FakeMailbox(accessDenied); }
    }

    /// <summary>
    /// A person the app can be installed for (<c>/users/{id}/teamwork/installedApps</c>); a guest with
    /// <paramref name="guestBlocked"/> is refused with 403, as when the guest's tenant does not allow it. Anyone else
    /// is unknown to Teams (404).
    /// </summary>
    public void AddTeamsUser(string objectId, bool guestBlocked = false)
    {
        lock (_gate) { _teamsUsers[objectId] = new FakeTeamsUser(guestBlocked); }
    }

    /// <summary>Whether the app is installed for the person, and how many install requests they got.</summary>
    public (bool Installed, int InstallRequests) Installation(string objectId)
    {
        lock (_gate) { return _teamsUsers.TryGetValue(objectId, out var user) ? (user.InstalledAppId is not null, user.InstallRequests) : (false, 0); }
    }

    /// <summary>The person removes the app in Teams.</summary>
    public void Uninstall(string objectId)
    {
        lock (_gate) { _teamsUsers[objectId].InstalledAppId = null; }
    }

    /// <summary>Events in the organizer mailboxes, cancelled and deleted ones included.</summary>
    public IReadOnlyList<FakeEvent> Events
    {
        get { lock (_gate) { return [.. _events.Values.OrderBy(e => e.Id, StringComparer.Ordinal)]; } }
    }

    /// <summary>An attendee answers in Outlook ("accepted", "tentativelyAccepted", "declined") at <paramref name="at"/>.</summary>
    public void Respond(string eventId, string address, string response, DateTimeOffset at)
    {
        lock (_gate)
        {
            var attendee = _events[eventId].Attendees.Single(a => string.Equals(a.Address, address, StringComparison.OrdinalIgnoreCase));
            attendee.Response = response;
            attendee.At = at;
            _events[eventId].Version = ++_calendarVersion;
        }
    }

    /// <summary>Someone deletes the event in Outlook (its attendees get a cancellation from Outlook itself).</summary>
    public void DeleteEvent(string eventId)
    {
        lock (_gate)
        {
            _events[eventId].Removed = true;
            _events[eventId].Version = ++_calendarVersion;
        }
    }

    /// <summary>Every calendar delta link handed out so far is answered with 410 Gone from now on.</summary>
    public void ExpireCalendarDeltaLinks()
    {
        lock (_gate) { _calendarDeltaValidFrom = ++_calendarVersion; }
    }

    private int _calendarDeltaValidFrom;
    private readonly List<string> _loseAnswers = [];

    /// <summary>
    /// The next request whose path starts with <paramref name="pathPrefix"/> (after /v1.0) is carried out, but its answer
    /// is lost on the way back (a 504 from a gateway): the client cannot know it was done.
    /// </summary>
    public void LoseNextAnswerFor(string pathPrefix)
    {
        lock (_gate) { _loseAnswers.Add(pathPrefix); }
    }

    /// <summary>
    /// Requests whose path starts with <paramref name="pathPrefix"/> (after /v1.0) get no answer until
    /// <see cref="Release"/>: one slow party (a person's mailbox server, a tenant) while the rest answer.
    /// </summary>
    public void Hold(string pathPrefix)
    {
        lock (_gate) { _held.Add((pathPrefix, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously))); }
    }

    /// <summary>Held requests are answered, and new ones no longer wait.</summary>
    public void Release()
    {
        lock (_gate)
        {
            foreach (var (_, released) in _held) released.TrySetResult();
            _held.Clear();
        }
    }

    /// <summary>Requests waiting in <see cref="Hold"/> now.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    private readonly List<(string PathPrefix, TaskCompletionSource Released)> _held = [];
    private int _waiting;

    /// <summary>The 1:1 chat id the fake gives the person once the app is installed for them.</summary>
    public static string ChatOf(string objectId) => $"19:{objectId}_bot@unq.gbl.spaces";

    /// <summary>Answers the next requests whose path starts with <paramref name="pathPrefix"/> (after /v1.0) with these, in order.</summary>
    public void EnqueueFor(string pathPrefix, params FakeGraphResponse[] responses)
    {
        lock (_gate)
        {
            foreach (var response in responses) _scriptedFor.Add((pathPrefix, response));
        }
    }

    public void ClearRequests()
    {
        lock (_gate) { _requests.Clear(); }
    }

    /// <summary>Sets a group's members without recording changes (the state before the bot first looks).</summary>
    public void SetMembers(string groupId, IEnumerable<FakeUser> members)
    {
        lock (_gate)
        {
            var group = Group(groupId);
            group.Members.Clear();
            foreach (var user in members)
            {
                _users[user.Id] = user;
                group.Members[user.Id] = user;
            }
        }
    }

    public void AddMember(string groupId, FakeUser user)
    {
        lock (_gate)
        {
            _users[user.Id] = user;
            var group = Group(groupId);
            group.Members[user.Id] = user;
            group.Log.Add(new FakeChange(++group.Version, user.Id, Removed: false));
        }
    }

    public void RemoveMember(string groupId, string userId)
    {
        lock (_gate)
        {
            var group = Group(groupId);
            group.Members.Remove(userId);
            group.Log.Add(new FakeChange(++group.Version, userId, Removed: true));
        }
    }

    /// <summary>Every delta link handed out so far is answered with 410 Gone from now on.</summary>
    public void ExpireDeltaLinks()
    {
        lock (_gate)
        {
            _deltaLinksValidFrom = _groups.Values.Select(g => g.Version).DefaultIfEmpty().Max() + 1;
            foreach (var group in _groups.Values) group.Version = _deltaLinksValidFrom;
        }
    }

    /// <summary>Answers the next requests with these, in order, before anything else.</summary>
    public void Enqueue(params FakeGraphResponse[] responses)
    {
        lock (_gate)
        {
            foreach (var response in responses) _scripted.Enqueue(response);
        }
    }

    private FakeGroup Group(string groupId) => _groups.TryGetValue(groupId, out var group) ? group : _groups[groupId] = new FakeGroup(groupId);

    private async Task HandleAsync(HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        Task? held;
        lock (_gate)
        {
            held = _held.FirstOrDefault(h => context.Request.Path.Value!.StartsWith("/v1.0" + h.PathPrefix, StringComparison.OrdinalIgnoreCase)).Released?.Task;
        }
        if (held is not null)
        {
            Interlocked.Increment(ref _waiting);
            await held;
            Interlocked.Decrement(ref _waiting);
        }
        var request = new FakeGraphRequest(context.Request.Method, context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            context.Request.Headers.Authorization.ToString(), body, DateTimeOffset.UtcNow);
        FakeGraphResponse response;
        lock (_gate)
        {
            _requests.Add(request);
            response = _scripted.TryDequeue(out var scripted) ? scripted : ScriptedFor(context.Request.Path.Value!) ?? Answer(context.Request, body);
            var lost = _loseAnswers.FindIndex(p => context.Request.Path.Value!.StartsWith("/v1.0" + p, StringComparison.OrdinalIgnoreCase));
            if (lost >= 0 && response.StatusCode < 300)
            {
                _loseAnswers.RemoveAt(lost);
                response = FakeGraphResponse.Error(504, "GatewayTimeout", "The gateway did not receive a response in time.");
            }
        }
        if (SendMailLatency > TimeSpan.Zero && context.Request.Path.Value!.EndsWith("/sendMail", StringComparison.Ordinal))
        {
            await Task.Delay(SendMailLatency);
        }
        await RespondAsync(context.Response, response.StatusCode, response.Body, response.RetryAfter);
    }

    private FakeGraphResponse? ScriptedFor(string path)
    {
        var index = _scriptedFor.FindIndex(s => path.StartsWith("/v1.0" + s.PathPrefix, StringComparison.OrdinalIgnoreCase));
        if (index < 0) return null;
        var response = _scriptedFor[index].Response;
        _scriptedFor.RemoveAt(index);
        return response;
    }

    private FakeGraphResponse Answer(HttpRequest request, string body)
    {
        var segments = request.Path.Value!.Trim('/').Split('/');
        if (segments is ["v1.0", "users", var user, ..] && _mailboxes.TryGetValue(Uri.UnescapeDataString(user), out var mailbox)
            && Limited(mailbox) is { } limited)
        {
            return limited;
        }
        return (request.Method, segments) switch
        {
            ("POST", ["v1.0", "users", var from, "sendMail"]) => SendMail(Uri.UnescapeDataString(from), request.ContentType, body),
            ("POST", ["v1.0", "users", var person, "teamwork", "installedApps"]) => Install(Uri.UnescapeDataString(person), body),
            ("GET", ["v1.0", "users", var person, "teamwork", "installedApps"]) => InstalledApps(Uri.UnescapeDataString(person), request.Query),
            ("GET", ["v1.0", "users", var person, "teamwork", "installedApps", var installation, "chat"]) => ChatOf(Uri.UnescapeDataString(person), installation),
            ("POST", ["v1.0", "users", var organizer, "events"]) => CreateEvent(Uri.UnescapeDataString(organizer), body),
            ("PATCH", ["v1.0", "users", var organizer, "events", var eventId]) => UpdateEvent(Uri.UnescapeDataString(organizer), Uri.UnescapeDataString(eventId), body),
            ("POST", ["v1.0", "users", var organizer, "events", var eventId, "cancel"]) => CancelEvent(Uri.UnescapeDataString(organizer), Uri.UnescapeDataString(eventId), body),
            ("GET", ["v1.0", "users", var organizer, "calendarView", "delta" or "delta()"]) => CalendarDelta(Uri.UnescapeDataString(organizer), request.Query),
            ("GET", ["v1.0", "groups", "delta"]) => Delta(request.Query),
            ("GET", ["v1.0", "groups", var id, "members"]) => Members(id, request.Query),
            ("POST", ["v1.0", "directoryObjects", "getByIds"]) => GetByIds(body),
            _ => FakeGraphResponse.Error(404, "Request_ResourceNotFound", "Not found."),
        };
    }

    private FakeGraphResponse Members(string groupId, IQueryCollection query)
    {
        if (!_groups.TryGetValue(groupId, out var group)) return FakeGraphResponse.Error(404, "Request_ResourceNotFound", "No such group.");
        var top = int.TryParse(query["$top"], out var t) ? t : 100;
        var skip = int.TryParse(query["$skiptoken"], out var s) ? s : 0;
        var page = group.Members.Values.Skip(skip).Take(top).Select(u => (JsonNode)u.ToJson()).ToArray();
        var result = new JsonObject { ["value"] = new JsonArray(page) };
        if (skip + top < group.Members.Count)
        {
            result["@odata.nextLink"] = $"{BaseUrl}/groups/{groupId}/members?$select={Uri.EscapeDataString(query["$select"].ToString())}&$top={top}&$skiptoken={skip + top}";
        }
        return FakeGraphResponse.Json(result);
    }

    private FakeGraphResponse Delta(IQueryCollection query)
    {
        if (query["$deltatoken"] == "latest")
        {
            var filter = query["$filter"].ToString();
            var groupId = filter.Split('\'')[1];
            return FakeGraphResponse.Json(new JsonObject { ["value"] = new JsonArray(), ["@odata.deltaLink"] = DeltaLink(groupId, Group(groupId).Version) });
        }
        // Tokens: deltatoken "{group}.{since}", skiptoken "{group}.{since}.{offset}.{until}".
        var token = (query["$skiptoken"].FirstOrDefault() ?? query["$deltatoken"].FirstOrDefault() ?? "").Split('.');
        var group = Group(token[0]);
        var since = int.Parse(token[1], CultureInfo.InvariantCulture);
        if (since < _deltaLinksValidFrom)
        {
            return FakeGraphResponse.Error(410, "resyncRequired", "The delta token has expired; resync required.");
        }
        var offset = token.Length > 2 ? int.Parse(token[2], CultureInfo.InvariantCulture) : 0;
        var until = token.Length > 3 ? int.Parse(token[3], CultureInfo.InvariantCulture) : group.Version;
        var changes = group.Log.Where(c => c.Version > since && c.Version <= until)
            .GroupBy(c => c.UserId).Select(g => g.Last()).OrderBy(c => c.Version).ToList();
        var page = changes.Skip(offset).Take(DeltaPageSize).Select(c => (JsonNode)c.ToJson()).ToArray();
        var value = new JsonArray();
        if (page.Length > 0)
        {
            value.Add(new JsonObject { ["@odata.type"] = "#microsoft.graph.group", ["id"] = group.Id, ["members@delta"] = new JsonArray(page) });
        }
        var result = new JsonObject { ["value"] = value };
        if (offset + DeltaPageSize < changes.Count)
        {
            result["@odata.nextLink"] = $"{BaseUrl}/groups/delta?$skiptoken={group.Id}.{since}.{offset + DeltaPageSize}.{until}";
        }
        else
        {
            result["@odata.deltaLink"] = DeltaLink(group.Id, until);
        }
        return FakeGraphResponse.Json(result);
    }

    private FakeGraphResponse GetByIds(string body)
    {
        var ids = JsonNode.Parse(body)!["ids"]!.AsArray().Select(n => n!.GetValue<string>());
        var found = ids.Where(_users.ContainsKey).Select(id => (JsonNode)_users[id].ToJson()).ToArray();
        return FakeGraphResponse.Json(new JsonObject { ["value"] = new JsonArray(found) });
    }

    private FakeGraphResponse? Limited(FakeMailbox mailbox)
    {
        var now = DateTimeOffset.UtcNow;
        mailbox.Requests.RemoveAll(t => now - t >= TimeSpan.FromMinutes(10));
        if (MailboxRequestsPer10Minutes is { } limit && mailbox.Requests.Count >= limit)
        {
            Throttled++;
            return FakeGraphResponse.TooManyRequests(SecondsUntil(mailbox.Requests[0] + TimeSpan.FromMinutes(10), now));
        }
        mailbox.Requests.Add(now);
        return null;
    }

    private FakeGraphResponse SendMail(string from, string? contentType, string body)
    {
        if (!_mailboxes.TryGetValue(from, out var mailbox))
        {
            return FakeGraphResponse.Error(404, "ErrorInvalidUser", $"The requested user '{from}' is invalid.");
        }
        if (mailbox.AccessDenied)
        {
            return FakeGraphResponse.Error(403, "ErrorAccessDenied", "Access to OData is disabled: blocked by tenant configured AppOnly AccessPolicy settings.");
        }
        var now = DateTimeOffset.UtcNow;
        mailbox.Sent.RemoveAll(t => now - t >= TimeSpan.FromMinutes(1));
        if (MessagesPerMinute is { } limit && mailbox.Sent.Count >= limit)
        {
            Throttled++;
            return FakeGraphResponse.TooManyRequests(SecondsUntil(mailbox.Sent[0] + TimeSpan.FromMinutes(1), now));
        }
        if (contentType?.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) != true)
        {
            return FakeGraphResponse.Error(400, "ErrorMimeContentInvalid", "MIME content must be sent as text/plain base64.");
        }
        MimeMessage message;
        try
        {
            message = MimeMessage.Load(new MemoryStream(Convert.FromBase64String(body.Trim())));
        }
        catch (FormatException)
        {
            return FakeGraphResponse.Error(400, "ErrorMimeContentInvalidBase64String", "Invalid base64 string for MIME content.");
        }
        if (message.To.Mailboxes.Any(m => !m.Address.Contains('@', StringComparison.Ordinal)))
        {
            return FakeGraphResponse.Error(400, "ErrorInvalidRecipients", "At least one recipient is not valid.");
        }
        mailbox.Sent.Add(now);
        _mail.Add(new FakeMail(from, message, now));
        return new FakeGraphResponse(202);
    }

    private FakeGraphResponse? MailboxRefusal(string mailbox) =>
        !_mailboxes.TryGetValue(mailbox, out var known) ? FakeGraphResponse.Error(404, "ErrorInvalidUser", $"The requested user '{mailbox}' is invalid.")
        : known.AccessDenied ? FakeGraphResponse.Error(403, "ErrorAccessDenied", "Access to OData is disabled: blocked by tenant configured AppOnly AccessPolicy settings.")
        : null;

    private FakeGraphResponse CreateEvent(string mailbox, string body)
    {
        if (MailboxRefusal(mailbox) is { } refusal) return refusal;
        var json = JsonNode.Parse(body)!;
        var transactionId = json["transactionId"]?.GetValue<string>();
        // Graph's promise for transactionId: a retried creation returns the event the first one made.
        var existing = transactionId is null ? null : _events.Values.FirstOrDefault(e => e.Mailbox == mailbox && e.TransactionId == transactionId);
        if (existing is not null) return new FakeGraphResponse(201, EventJson(existing).ToJsonString());
        var created = new FakeEvent($"AAMk-{_events.Count + 1}", mailbox) { TransactionId = transactionId };
        Apply(created, json);
        if (created.IsOnlineMeeting) created.JoinUrl = $"https://teams.microsoft.com/l/meetup-join/fake-{created.Id}";
        created.Version = ++_calendarVersion;
        _events[created.Id] = created;
        return new FakeGraphResponse(201, EventJson(created).ToJsonString());
    }

    private FakeGraphResponse UpdateEvent(string mailbox, string eventId, string body)
    {
        if (MailboxRefusal(mailbox) is { } refusal) return refusal;
        if (!_events.TryGetValue(eventId, out var existing) || existing.Removed) return FakeGraphResponse.Error(404, "ErrorItemNotFound", "The specified object was not found in the store.");
        Apply(existing, JsonNode.Parse(body)!);
        existing.Updates++;
        existing.Version = ++_calendarVersion;
        return FakeGraphResponse.Json(EventJson(existing));
    }

    private FakeGraphResponse CancelEvent(string mailbox, string eventId, string body)
    {
        if (MailboxRefusal(mailbox) is { } refusal) return refusal;
        if (!_events.TryGetValue(eventId, out var existing) || existing.Removed) return FakeGraphResponse.Error(404, "ErrorItemNotFound", "The specified object was not found in the store.");
        existing.Removed = true;
        existing.CancelComment = (JsonNode.Parse(body)?["Comment"] ?? JsonNode.Parse(body)?["comment"])?.GetValue<string>();
        existing.Version = ++_calendarVersion;
        return new FakeGraphResponse(202);
    }

    private FakeGraphResponse CalendarDelta(string mailbox, IQueryCollection query)
    {
        if (MailboxRefusal(mailbox) is { } refusal) return refusal;
        var since = -1;
        if (query["$deltatoken"].FirstOrDefault() is { } token)
        {
            since = int.Parse(token, CultureInfo.InvariantCulture);
            if (since < _calendarDeltaValidFrom) return FakeGraphResponse.Error(410, "SyncStateNotFound", "The sync state generation is not found.");
        }
        // A first read lists the window's events as they are; a delta lists those changed since, removed ones marked.
        var changed = _events.Values.Where(e => e.Mailbox == mailbox && e.Version > since && (since >= 0 || !e.Removed)).OrderBy(e => e.Version).ToList();
        return FakeGraphResponse.Json(new JsonObject
        {
            ["value"] = new JsonArray([.. changed.Select(e => (JsonNode)e.ToJson())]),
            ["@odata.deltaLink"] = $"{BaseUrl}/users/{Uri.EscapeDataString(mailbox)}/calendarView/delta?$deltatoken={_calendarVersion}",
        });
    }

    private static void Apply(FakeEvent target, JsonNode json)
    {
        if (json["subject"]?.GetValue<string>() is { } subject) target.Subject = subject;
        if (json["body"]?["content"]?.GetValue<string>() is { } content) target.BodyHtml = content;
        if (json["start"]?["dateTime"]?.GetValue<string>() is { } start) target.Start = DateTimeOffset.Parse(start + "Z", CultureInfo.InvariantCulture);
        if (json["end"]?["dateTime"]?.GetValue<string>() is { } end) target.End = DateTimeOffset.Parse(end + "Z", CultureInfo.InvariantCulture);
        target.Location = json["location"]?["displayName"]?.GetValue<string>() ?? target.Location;
        if (json["isOnlineMeeting"] is { } online) target.IsOnlineMeeting = online.GetValue<bool>();
        if (json["attendees"] is JsonArray attendees)
        {
            var before = target.Attendees.ToDictionary(a => a.Address, StringComparer.OrdinalIgnoreCase);
            target.Attendees.Clear();
            foreach (var attendee in attendees)
            {
                var address = attendee!["emailAddress"]!["address"]!.GetValue<string>();
                // An attendee who stays keeps their answer, as in Outlook.
                target.Attendees.Add(before.GetValueOrDefault(address) ?? new FakeAttendee(address, attendee["emailAddress"]!["name"]?.GetValue<string>()));
            }
        }
    }

    private static JsonObject EventJson(FakeEvent e) => e.ToJson();

    private FakeGraphResponse Install(string userId, string body)
    {
        if (!_teamsUsers.TryGetValue(userId, out var user)) return FakeGraphResponse.Error(404, "NotFound", "User not found.");
        user.InstallRequests++;
        if (user.GuestBlocked) return FakeGraphResponse.Error(403, "Forbidden", "Installing apps for guest users is not allowed.");
        var bind = JsonNode.Parse(body)?["teamsApp@odata.bind"]?.GetValue<string>();
        if (bind is null) return FakeGraphResponse.Error(400, "BadRequest", "teamsApp@odata.bind is required.");
        if (user.InstalledAppId is not null) return FakeGraphResponse.Error(409, "Conflict", "The app is already installed.");
        user.InstalledAppId = bind[(bind.LastIndexOf('/') + 1)..];
        return new FakeGraphResponse(201, new JsonObject { ["id"] = $"inst-{userId}" }.ToJsonString());
    }

    private FakeGraphResponse InstalledApps(string userId, IQueryCollection query)
    {
        if (!_teamsUsers.TryGetValue(userId, out var user)) return FakeGraphResponse.Error(404, "NotFound", "User not found.");
        var filter = query["$filter"].ToString();
        var value = new JsonArray();
        if (user.InstalledAppId is { } appId && filter.Contains($"'{appId}'", StringComparison.Ordinal))
        {
            value.Add(new JsonObject { ["id"] = $"inst-{userId}", ["teamsApp"] = new JsonObject { ["id"] = appId } });
        }
        return FakeGraphResponse.Json(new JsonObject { ["value"] = value });
    }

    private FakeGraphResponse ChatOf(string userId, string installation) =>
        _teamsUsers.TryGetValue(userId, out var user) && user.InstalledAppId is not null && installation == $"inst-{userId}"
            ? FakeGraphResponse.Json(new JsonObject { ["id"] = ChatOf(userId), ["chatType"] = "oneOnOne" })
            : FakeGraphResponse.Error(404, "NotFound", "Installation not found.");

    private static int SecondsUntil(DateTimeOffset at, DateTimeOffset now) => Math.Max(1, (int)Math.Ceiling((at - now).TotalSeconds));

    private string DeltaLink(string groupId, int version) => $"{BaseUrl}/groups/delta?$deltatoken={groupId}.{version}";

    private sealed class FakeTeamsUser(bool guestBlocked)
    {
        public bool GuestBlocked { get; } = guestBlocked;
        public string? InstalledAppId { get; set; }
        public int InstallRequests { get; set; }
    }

    private sealed class FakeMailbox(bool accessDenied)
    {
        public bool AccessDenied { get; } = accessDenied;
        public List<DateTimeOffset> Sent { get; } = [];
        public List<DateTimeOffset> Requests { get; } = [];
    }

    private sealed class FakeGroup(string id)
    {
        public string Id { get; } = id;
        public Dictionary<string, FakeUser> Members { get; } = new(StringComparer.OrdinalIgnoreCase);
        public List<FakeChange> Log { get; } = [];
        public int Version { get; set; }
    }

    private sealed record FakeChange(int Version, string UserId, bool Removed)
    {
        public JsonObject ToJson()
        {
            var entry = new JsonObject { ["@odata.type"] = "#microsoft.graph.user", ["id"] = UserId };
            if (Removed) entry["@removed"] = new JsonObject { ["reason"] = "changed" };
            return entry;
        }
    }
}
