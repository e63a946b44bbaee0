using System.Globalization;
using System.Net;
using System.Text;

namespace ThumbnailService.EndToEnd.Tests.Reliability.Burst;

/// <summary>S3 notifications as AWS shapes them (form-URL-encoded key, sequencer), for a bucket whose own events are not routed.</summary>
internal static class BurstEvents
{
    public static byte[] Created(string bucket, string key, string eTag, long size, long sequence) =>
        Notification("ObjectCreated:Put", bucket, key, $"\"size\":{size},\"eTag\":\"{eTag}\",", sequence);

    public static byte[] Removed(string bucket, string key, long sequence) =>
        Notification("ObjectRemoved:Delete", bucket, key, string.Empty, sequence);

    private static byte[] Notification(string eventName, string bucket, string key, string details, long sequence) => Encoding.UTF8.GetBytes(
        "{\"Records\":[{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\",\"awsRegion\":\"us-east-1\",\"eventName\":\"" + eventName + "\","
        + "\"s3\":{\"bucket\":{\"name\":\"" + bucket + "\",\"arn\":\"arn:aws:s3:::" + bucket + "\"},"
        + "\"object\":{\"key\":\"" + WebUtility.UrlEncode(key) + "\"," + details
        + "\"sequencer\":\"" + sequence.ToString("X16", CultureInfo.InvariantCulture) + "\"}}}]}");
}
