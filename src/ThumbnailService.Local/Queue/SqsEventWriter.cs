using System.Text.Json;
using Amazon.SQS.Model;

namespace ThumbnailService.Local.Queue;

/// <summary>The event Lambda's SQS poller invokes a function with: <c>{"Records":[...]}</c>, one record per message.</summary>
internal static class SqsEventWriter
{
    public static byte[] Write(IEnumerable<Message> messages, QueuePollerOptions options)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(options);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("Records");
            foreach (var message in messages)
            {
                json.WriteStartObject();
                json.WriteString("messageId", message.MessageId);
                json.WriteString("receiptHandle", message.ReceiptHandle);
                json.WriteString("body", message.Body);
                WriteStrings(json, "attributes", message.Attributes);
                json.WriteStartObject("messageAttributes");
                foreach (var (name, value) in message.MessageAttributes ?? [])
                {
                    json.WriteStartObject(name);
                    json.WriteString("stringValue", value.StringValue);
                    json.WriteString("dataType", value.DataType);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
                json.WriteString("md5OfBody", message.MD5OfBody);
                json.WriteString("eventSource", "aws:sqs");
                json.WriteString("eventSourceARN", options.QueueArn);
                json.WriteString("awsRegion", options.Region);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, Dictionary<string, string>? values)
    {
        json.WriteStartObject(name);
        foreach (var (key, value) in values ?? [])
        {
            json.WriteString(key, value);
        }

        json.WriteEndObject();
    }
}
