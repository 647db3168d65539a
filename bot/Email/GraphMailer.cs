using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.SendMail;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using MimeKit;
using Verkostot.Bot.Graph;
using Verkostot.Core.Email;
using Verkostot.Core.Localization;
using Verkostot.Core.Messaging;

namespace Verkostot.Bot.Email;

/// <summary>
/// Core's <see cref="IMailer"/> on Microsoft Graph: renders the notice (<see cref="EmailRenderers"/>), builds the MIME
/// message and sends it with <c>POST /users/{mailbox}/sendMail</c> through the Graph SDK, at the mailbox's pace. Only
/// throttling (429) and unavailability (503) are retried, honouring Retry-After: anything else may have sent the
/// message already, and nothing is sent twice.
/// </summary>
public sealed partial class GraphMailer(
    GraphConnection graph,
    EmailRenderers renderers,
    MailboxPace pace,
    IOptions<EmailOptions> options,
    IOptions<GraphOptions> graphOptions,
    TimeProvider time,
    ILogger<GraphMailer> logger) : IMailer
{
    private static readonly Dictionary<string, ParsableFactory<IParsable>> ErrorMapping = new() { ["XXX"] = ODataError.CreateFromDiscriminatorValue };

    public bool IsEnabled => options.Value.IsEnabled;

    public async Task<Delivery> SendAsync(MailRecipient recipient, Notice notice, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (graph.Client is not { } client)
        {
            LogNotConfigured(graph.NotConfiguredReason);
            return Delivery.Failed(DeliveryStatus.PermanentFailure, DeliveryProblemCodes.GraphAccessDenied);
        }
        if (!MailboxAddress.TryParse(recipient.Address, out _))
        {
            return Delivery.Failed(DeliveryStatus.Unreachable, DeliveryProblemCodes.InvalidEmailAddress);
        }
        var content = renderers.Render(notice, recipient);
        var message = MailMime.Build(settings, recipient, content, notice.Language.Pick("fi", "sv", "en"), time.GetUtcNow());
        using var permit = await pace.MessageAsync(settings.Mailbox!, settings.MessagesPerMinute, cancellationToken);
        try
        {
            var request = client.Users[settings.Mailbox].SendMail.ToPostRequestInformation(new SendMailPostRequestBody());
            // The request was built for JSON; sendMail takes MIME as base64 text instead.
            request.Headers.Remove("Content-Type");
            request.SetStreamContent(new MemoryStream(MailMime.Base64(message)), "text/plain");
            request.AddRequestOptions([RetryOnlyWhenNotSent()]);
            await client.RequestAdapter.SendNoContentAsync(request, ErrorMapping, cancellationToken);
            return Delivery.Delivered(new SentMessage(message.MessageId ?? "", "", "email"));
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            var delivery = GraphSendErrors.ToDelivery(e, cancellationToken);
            // Not the exception: Graph's messages can name the recipient.
            LogNotSent(notice.GetType().Name, delivery.Status, delivery.Reason, e.GetType().Name);
            return delivery;
        }
    }

    private RetryHandlerOption RetryOnlyWhenNotSent() => new()
    {
        MaxRetry = graphOptions.Value.MaxRetries,
        Delay = graphOptions.Value.RetryDelaySeconds,
        ShouldRetry = (_, _, response) => response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable,
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "E-mail is configured but Microsoft Graph is not: {Reason}")]
    private partial void LogNotConfigured(string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An e-mail ({NoticeType}) was not sent: {Status} {Reason} ({ExceptionType})")]
    private partial void LogNotSent(string noticeType, DeliveryStatus status, string? reason, string exceptionType);
}
