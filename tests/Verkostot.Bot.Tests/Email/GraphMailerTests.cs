using MimeKit;
using Verkostot.Core.Announcements;
using Verkostot.Core.Domain;
using Verkostot.Core.Email;
using Verkostot.Core.Messaging;
using Verkostot.Testing.Graph;

namespace Verkostot.Bot.Tests.Email;

/// <summary>The sendMail payload and every way Graph can refuse it, through the real SDK against the fake Graph.</summary>
public sealed class GraphMailerTests
{
    private static readonly MailRecipient Per = new("per-persson", "Per Persson", "per.persson@mariehamn.ax", 42);

    private static AnnouncementNotice Notice(Language language, string title = "Möte i maj", string text = "Välkommen **alla**.\n- punkt ett\n- punkt två\n\nMer: https://kommunforbundet.fi/maj") =>
        new(language, "Nätverket för små kommuner", title, text, "https://kuntaliitto.fi/toukokuu", "Iira Ainiala");

    [Fact]
    public async Task SendAsync_Announcement_MimeHasPlainTextThenHtmlInTheRecipientsLanguage()
    {
        await using var host = await MailerHost.StartAsync();
        host.Graph.AddMailbox(MailerHost.Mailbox);

        var delivery = await host.Mailer.SendAsync(Per, Notice(Language.Swedish), CancellationToken.None);

        Assert.True(delivery.IsSent, $"{delivery.Status} {delivery.Reason}");
        var mail = Assert.Single(host.Graph.Mail);
        Assert.Equal((MailerHost.Mailbox, "per.persson@mariehamn.ax"), (mail.Mailbox, mail.To));
        Assert.Equal("Möte i maj · Nätverket för små kommuner", mail.Subject);
        Assert.Equal("sv", mail.Header("Content-Language"));
        var alternative = Assert.IsType<MultipartAlternative>(mail.Message.Body);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));
        Assert.Contains("Välkommen **alla**.", mail.Text);
        Assert.Contains("Öppna länken: https://kuntaliitto.fi/toukokuu", mail.Text);
        Assert.Contains("Meddelande · Nätverket för små kommuner", mail.Text);
        Assert.Contains("<html lang=\"sv\">", mail.Html);
        Assert.Contains("<strong>alla</strong>", mail.Html);
        Assert.Contains("<li>punkt två</li>", mail.Html);
        Assert.Contains("href=\"https://kommunforbundet.fi/maj\"", mail.Html);
        Assert.Contains("– Iira Ainiala", mail.Html);
    }

    [Fact]
    public async Task SendAsync_Announcement_OptOutLinkInBothPartsAndAsOneClickUnsubscribe()
    {
        await using var host = await MailerHost.StartAsync();
        host.Graph.AddMailbox(MailerHost.Mailbox);

        await host.Mailer.SendAsync(Per, Notice(Language.Finnish), CancellationToken.None);

        var mail = Assert.Single(host.Graph.Mail);
        var link = mail.Header("List-Unsubscribe")!.Trim('<', '>');
        Assert.StartsWith("https://verkostot.test/email/opt-out/42/fi?expires=", link);
        Assert.Equal("List-Unsubscribe=One-Click", mail.Header("List-Unsubscribe-Post"));
        Assert.Contains(link, mail.Text);
        Assert.Contains(link.Replace("&", "&amp;"), mail.Html);
        Assert.Contains("En halua näitä viestejä sähköpostiin", mail.Text);
        Assert.Equal("auto-generated", mail.Header("Auto-Submitted"));
        Assert.DoesNotContain("per-persson", link);
    }

    [Fact]
    public async Task SendAsync_HostileTitleAndText_ShownLiterallyNeverAsMarkupOrDisguisedLinks()
    {
        await using var host = await MailerHost.StartAsync();
        host.Graph.AddMailbox(MailerHost.Mailbox);

        await host.Mailer.SendAsync(Per, Notice(Language.Finnish, "<script>alert(1)</script>", "[Klikkaa](https://evil.example) <img src=x onerror=alert(2)>"), CancellationToken.None);

        var html = Assert.Single(host.Graph.Mail).Html!;
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("href=\"https://evil.example\"", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task SendAsync_ThrottledOrUnavailableWithRetryAfter_WaitsAndSendsOnce(int status)
    {
        await using var host = await MailerHost.StartAsync();
        host.Graph.AddMailbox(MailerHost.Mailbox);
        host.Graph.EnqueueFor("/users/", FakeGraphResponse.Error(status, "TooManyRequests", "Slow down.", retryAfter: "1"));

        var delivery = await host.Mailer.SendAsync(Per, Notice(Language.Finnish), CancellationToken.None);

        Assert.True(delivery.IsSent, $"{delivery.Status} {delivery.Reason}");
        Assert.Single(host.Graph.Mail);
        var attempts = host.Graph.Requests.Where(r => r.Target.EndsWith("/sendMail")).ToList();
        Assert.Equal(2, attempts.Count);
        Assert.True(attempts[1].ReceivedAt - attempts[0].ReceivedAt >= TimeSpan.FromMilliseconds(900), "Retry-After was not honoured");
    }

    [Fact]
    public async Task SendAsync_ServerErrorThatMayHaveSent_InDoubtAndNotRetried()
    {
        await using var host = await MailerHost.StartAsync();
        host.Graph.AddMailbox(MailerHost.Mailbox);
        host.Graph.EnqueueFor("/users/", FakeGraphResponse.Error(504, "GatewayTimeout", "The gateway timed out."));

        var delivery = await host.Mailer.SendAsync(Per, Notice(Language.Finnish), CancellationToken.None);

        Assert.Equal((DeliveryStatus.PermanentFailure, DeliveryProblemCodes.SendCrashed), (delivery.Status, delivery.Reason));
        Assert.Single(host.Graph.Requests, r => r.Target.EndsWith("/sendMail"));
    }

    [Fact]
    public async Task SendAsync_MailboxThatDoesNotExist_MailboxNotFound()
    {
        await using var host = await MailerHost.StartAsync(mailbox: "ei-ole@kuntaliitto.fi");

        var delivery = await host.Mailer.SendAsync(Per, Notice(Language.Finnish), CancellationToken.None);

        Assert.Equal((DeliveryStatus.PermanentFailure, DeliveryProblemCodes.MailboxNotFound), (delivery.Status, delivery.Reason));
    }

    [Fact]
    public async Task SendAsync_MailboxOutsideTheAccessPolicy_GraphAccessDenied()
    {
        await using var host = await MailerHost.StartAsync();
        host.Graph.AddMailbox(MailerHost.Mailbox, accessDenied: true);

        var delivery = await host.Mailer.SendAsync(Per, Notice(Language.Finnish), CancellationToken.None);

        Assert.Equal((DeliveryStatus.PermanentFailure, DeliveryProblemCodes.GraphAccessDenied), (delivery.Status, delivery.Reason));
        Assert.Empty(host.Graph.Mail);
    }

    [Fact]
    public async Task SendAsync_AddressThatIsNoAddress_UnreachableWithoutAsking()
    {
        await using var host = await MailerHost.StartAsync();
        host.Graph.AddMailbox(MailerHost.Mailbox);

        var delivery = await host.Mailer.SendAsync(Per with { Address = "per persson" }, Notice(Language.Finnish), CancellationToken.None);

        Assert.Equal((DeliveryStatus.Unreachable, DeliveryProblemCodes.InvalidEmailAddress), (delivery.Status, delivery.Reason));
        Assert.Empty(host.Graph.Requests);
    }

    [Fact]
    public async Task SendAsync_MailboxLimitOfThreeAMinute_FourthWaitsInsteadOfBeingThrottled()
    {
        await using var host = await MailerHost.StartAsync(settings: new Dictionary<string, string?> { ["Email:MessagesPerMinute"] = "3" });
        host.Graph.AddMailbox(MailerHost.Mailbox);
        host.Graph.MessagesPerMinute = 3;
        using var soon = new CancellationTokenSource(TimeSpan.FromSeconds(5));

        for (var i = 0; i < 3; i++)
        {
            Assert.True((await host.Mailer.SendAsync(Per with { MessageId = i }, Notice(Language.Finnish), CancellationToken.None)).IsSent);
        }
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.Mailer.SendAsync(Per, Notice(Language.Finnish), soon.Token));

        Assert.Equal(3, host.Graph.Mail.Count);
        Assert.Equal(0, host.Graph.Throttled);
    }
}
