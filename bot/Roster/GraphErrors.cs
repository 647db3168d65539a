using System.Net;
using Azure.Identity;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Verkostot.Core.Roster;

namespace Verkostot.Bot.Roster;

/// <summary>Turns Graph SDK and Azure.Identity failures into the directory port's exceptions.</summary>
internal static class GraphErrors
{
    public static DirectoryException? Translate(Exception exception, bool readingDelta, CancellationToken cancellationToken) => exception switch
    {
        AuthenticationFailedException e => new DirectoryCredentialsRejectedException(CredentialProblem.InvalidCredentials,
            $"The token endpoint refused the app's credentials: {FirstLine(e.Message)}", e),
        ApiException e => FromStatus(e, readingDelta),
        // The SDK's retry handler gives up with every attempt's failure wrapped; the last one says why.
        AggregateException { InnerExceptions: [.., ApiException last] } => FromStatus(last, readingDelta),
        HttpRequestException e => new DirectoryUnavailableException($"Graph could not be reached: {e.Message}", e),
        TaskCanceledException e when !cancellationToken.IsCancellationRequested => new DirectoryUnavailableException("Graph did not answer in time.", e),
        _ => null,
    };

    private static DirectoryException FromStatus(ApiException e, bool readingDelta)
    {
        var detail = Detail(e);
        return (HttpStatusCode)e.ResponseStatusCode switch
        {
            HttpStatusCode.Unauthorized => new DirectoryCredentialsRejectedException(CredentialProblem.InvalidCredentials, $"Graph answered 401: {detail}", e),
            HttpStatusCode.Forbidden => new DirectoryCredentialsRejectedException(CredentialProblem.MissingPermission, $"Graph answered 403: {detail}", e),
            HttpStatusCode.Gone => new DeltaLinkExpiredException($"Graph answered 410: {detail}", e),
            // During a delta the only thing a request can get wrong is the link (e.g. "DeltaLink older than 30 days"): start over.
            HttpStatusCode.BadRequest when readingDelta => new DeltaLinkExpiredException($"Graph rejected the delta link: {detail}", e),
            _ => new DirectoryUnavailableException($"Graph answered {e.ResponseStatusCode}: {detail}", e),
        };
    }

    private static string Detail(ApiException e) =>
        e is ODataError { Error: { } error } ? $"{error.Code}: {error.Message}" : e.Message;

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
