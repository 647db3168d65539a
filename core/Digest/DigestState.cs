namespace Verkostot.Core.Digest;

public enum DigestState
{
    Posting,
    Posted,
    Failed,
}
