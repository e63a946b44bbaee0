using System.Text;

namespace ThumbnailService.TestSupport.Http;

/// <summary>One request a <see cref="LoopbackHttpServer"/> received: method, path (as sent, percent-encoded), headers and body.</summary>
internal sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string BodyText => Encoding.UTF8.GetString(Body);
}
