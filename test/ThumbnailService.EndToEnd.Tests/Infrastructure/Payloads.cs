using System.Net;
using System.Text;

namespace ThumbnailService.EndToEnd.Tests.Infrastructure;

/// <summary>Event payloads in the shapes AWS sends.</summary>
internal static class Payloads
{
    public static byte[] TestEvent => "{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\",\"Time\":\"2026-11-28T00:00:00.000Z\",\"Bucket\":\"uploads\"}"u8.ToArray();

    public static byte[] S3(string eventName, params string[] keys) => S3(eventName, keys, eTag: "0123456789abcdef0123456789abcdef");

    public static byte[] S3(string eventName, IEnumerable<string> keys, string eTag)
    {
        var records = keys.Select(key =>
            "{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\",\"awsRegion\":\"us-east-1\",\"eventName\":\"" + eventName + "\","
            + "\"s3\":{\"bucket\":{\"name\":\"uploads\",\"arn\":\"arn:aws:s3:::uploads\"},"
            + "\"object\":{\"key\":\"" + WebUtility.UrlEncode(key) + "\",\"size\":10,\"eTag\":\"" + eTag + "\",\"sequencer\":\"0055AED6DCD90281E5\"}}}");
        return Encoding.UTF8.GetBytes("{\"Records\":[" + string.Join(',', records) + "]}");
    }

    /// <summary>One S3 notification record about one version of <paramref name="key"/> in <paramref name="bucket"/>.</summary>
    public static string S3Version(string eventName, string bucket, string key, string? eTag, string? versionId) =>
        "{\"Records\":[{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\",\"awsRegion\":\"us-east-1\",\"eventName\":\"" + eventName + "\","
        + "\"s3\":{\"bucket\":{\"name\":\"" + bucket + "\",\"arn\":\"arn:aws:s3:::" + bucket + "\"},"
        + "\"object\":{\"key\":\"" + WebUtility.UrlEncode(key) + "\""
        + (eTag is null ? string.Empty : ",\"eTag\":\"" + eTag + "\"")
        + (versionId is null ? string.Empty : ",\"versionId\":\"" + versionId + "\"")
        + ",\"sequencer\":\"0055AED6DCD90281E5\"}}}]}";
}
