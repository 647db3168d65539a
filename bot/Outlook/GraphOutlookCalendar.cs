using System.Net.Sockets;
using Azure.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Events.Item.Cancel;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using Verkostot.Bot.Graph;
using Verkostot.Core.Meetings.Outlook;

namespace Verkostot.Bot.Outlook;

/// <summary>
/// Core's <see cref="IOutlookCalendar"/> on Microsoft Graph, through the SDK: events in the organizer mailbox
/// (<c>/users/{mailbox}/events</c>, created with a transaction id so a retried creation makes one event), cancelled with
/// <c>…/cancel</c> (Outlook tells the attendees), and attendees' answers by a delta over the organizer's calendar view.
/// Every call keeps to the mailbox's pace; the SDK honours Retry-After on 429/503.
/// </summary>
public sealed class GraphOutlookCalendar(GraphConnection graph, MailboxPace pace, IOptions<OutlookMeetingsOptions> options) : IOutlookCalendar
{
    private static readonly string[] MailboxMissingCodes = ["ErrorInvalidUser", "MailboxNotEnabledForRESTAPI", "MailboxNotFound", "ErrorMailboxNotFound"];

    public bool IsEnabled => options.Value.IsEnabled;

    private string Mailbox => options.Value.OrganizerMailbox!;

    public Task<CreatedEvent> CreateAsync(OutlookEventDraft draft, string transactionId, CancellationToken cancellationToken) =>
        CallAsync(async client =>
        {
            var created = await client.Users[Mailbox].Events.PostAsync(EventOf(draft, transactionId), cancellationToken: cancellationToken)
                ?? throw new OutlookCalendarException(OutlookProblem.Transient, "no-event-returned");
            return new CreatedEvent(created.Id!, created.OnlineMeeting?.JoinUrl);
        }, cancellationToken);

    public Task UpdateAsync(string eventId, OutlookEventDraft draft, CancellationToken cancellationToken) =>
        CallAsync(async client =>
        {
            await client.Users[Mailbox].Events[eventId].PatchAsync(EventOf(draft, null), cancellationToken: cancellationToken);
            return true;
        }, cancellationToken);

    public Task CancelAsync(string eventId, string comment, CancellationToken cancellationToken) =>
        CallAsync(async client =>
        {
            await client.Users[Mailbox].Events[eventId].Cancel.PostAsync(new CancelPostRequestBody { Comment = comment }, cancellationToken: cancellationToken);
            return true;
        }, cancellationToken);

    public Task<OutlookChanges> ReadChangesAsync(string? deltaLink, DateTimeOffset windowStart, DateTimeOffset windowEnd, CancellationToken cancellationToken) =>
        CallAsync(async client =>
        {
            var delta = client.Users[Mailbox].CalendarView.Delta;
            var page = deltaLink is null
                ? await delta.GetAsDeltaGetResponseAsync(request =>
                {
                    request.QueryParameters.StartDateTime = windowStart.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
                    request.QueryParameters.EndDateTime = windowEnd.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
                }, cancellationToken)
                : await delta.WithUrl(deltaLink).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken);
            var events = new List<OutlookEventChange>();
            while (true)
            {
                events.AddRange((page?.Value ?? []).Where(e => e.Id is not null).Select(ChangeOf));
                if (page?.OdataNextLink is not { } next) break;
                await Paced(cancellationToken);
                page = await delta.WithUrl(next).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken);
            }
            return new OutlookChanges(events, page?.OdataDeltaLink ?? throw new OutlookCalendarException(OutlookProblem.Unavailable, "no-delta-link"));
        }, cancellationToken, readingDelta: true);

    private static Event EventOf(OutlookEventDraft draft, string? transactionId) => new()
    {
        Subject = draft.Subject,
        Body = new ItemBody { ContentType = BodyType.Html, Content = draft.BodyHtml },
        Start = new DateTimeTimeZone { DateTime = Utc(draft.Start), TimeZone = "UTC" },
        End = new DateTimeTimeZone { DateTime = Utc(draft.End), TimeZone = "UTC" },
        Location = draft.Location is { } place ? new Location { DisplayName = place } : null,
        Attendees = [.. draft.Attendees.Select(a => new Attendee { EmailAddress = new EmailAddress { Address = a.Address, Name = a.Name }, Type = AttendeeType.Required })],
        IsOnlineMeeting = draft.OnlineMeeting,
        OnlineMeetingProvider = draft.OnlineMeeting ? OnlineMeetingProviderType.TeamsForBusiness : null,
        AllowNewTimeProposals = false,
        ResponseRequested = true,
        TransactionId = transactionId,
    };

    private static OutlookEventChange ChangeOf(Event e) => new(
        e.Id!,
        e.AdditionalData.ContainsKey("@removed"),
        [.. (e.Attendees ?? []).Where(a => a.EmailAddress?.Address is not null).Select(a => new OutlookAttendeeResponse(
            a.EmailAddress!.Address!,
            a.Status?.Response switch
            {
                ResponseType.Accepted => OutlookResponse.Accepted,
                ResponseType.TentativelyAccepted => OutlookResponse.TentativelyAccepted,
                ResponseType.Declined => OutlookResponse.Declined,
                _ => OutlookResponse.None,
            },
            a.Status?.Time))]);

    private static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    private async ValueTask Paced(CancellationToken cancellationToken)
    {
        using var permit = await pace.RequestAsync(Mailbox, cancellationToken);
    }

    private async Task<T> CallAsync<T>(Func<GraphServiceClient, Task<T>> call, CancellationToken cancellationToken, bool readingDelta = false)
    {
        var client = graph.Client ?? throw new OutlookCalendarException(OutlookProblem.AccessDenied, "graph-not-configured");
        await Paced(cancellationToken);
        try
        {
            return await call(client);
        }
        catch (Exception e) when (Classify(e, readingDelta, cancellationToken) is { } problem)
        {
            throw problem;
        }
    }

    private static OutlookCalendarException? Classify(Exception exception, bool readingDelta, CancellationToken cancellationToken) => exception switch
    {
        OutlookCalendarException => null,
        AuthenticationFailedException e => new(OutlookProblem.AccessDenied, "token-refused", e),
        ApiException { ResponseStatusCode: 401 or 403 } e => new(OutlookProblem.AccessDenied, GraphSendErrors.CodeOf(e) ?? $"Graph{e.ResponseStatusCode}", e),
        ApiException { ResponseStatusCode: 404 } e when MailboxMissingCodes.Contains(GraphSendErrors.CodeOf(e), StringComparer.OrdinalIgnoreCase) =>
            new(OutlookProblem.MailboxNotFound, GraphSendErrors.CodeOf(e)!, e),
        ApiException { ResponseStatusCode: 404 } e when !readingDelta => new(OutlookProblem.EventGone, GraphSendErrors.CodeOf(e) ?? "Graph404", e),
        ApiException { ResponseStatusCode: 410 or 400 or 404 } e when readingDelta => new(OutlookProblem.DeltaExpired, GraphSendErrors.CodeOf(e) ?? $"Graph{e.ResponseStatusCode}", e),
        ApiException { ResponseStatusCode: 429 or 503 } e => new(OutlookProblem.Unavailable, GraphSendErrors.CodeOf(e) ?? $"Graph{e.ResponseStatusCode}", e),
        ApiException e => new(OutlookProblem.Transient, GraphSendErrors.CodeOf(e) ?? $"Graph{e.ResponseStatusCode}", e),
        AggregateException { InnerExceptions: [.., var last] } => Classify(last, readingDelta, cancellationToken),
        HttpRequestException or SocketException => new(OutlookProblem.Unavailable, "graph-unreachable", exception),
        TaskCanceledException when !cancellationToken.IsCancellationRequested => new(OutlookProblem.Unavailable, "graph-timeout", exception),
        _ => null,
    };
}
