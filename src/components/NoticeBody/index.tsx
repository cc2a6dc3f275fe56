import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { NoticeAttachment } from '@contract'
import { fileUrl } from '@/api/transport'
import { formatSize, parseBody, type Inline } from '@/utils/noticeBody'
import './index.scss'

const Line = ({ inline }: { inline: Inline[] }) => (
  <>
    {inline.map((part, index) => (
      <Text key={index} className={part.bold ? 'notice-body__bold' : undefined}>
        {part.text}
      </Text>
    ))}
  </>
)

/** The notice text (its small markup, never HTML), then its images and documents. */
export default function NoticeBody({
  body,
  attachments,
  onOpenFile,
}: {
  body: string
  attachments: NoticeAttachment[]
  onOpenFile: (attachment: NoticeAttachment) => void
}) {
  const images = attachments.filter((attachment) => attachment.kind === 'image')
  const files = attachments.filter((attachment) => attachment.kind === 'file')
  const urls = images.map((image) => fileUrl(image.fileID))
  return (
    <View className="notice-body" data-testid="notice-body">
      {parseBody(body).map((block, index) => (
        <View key={index} className={`notice-body__${block.kind}`}>
          {block.kind === 'item' && <Text className="notice-body__bullet">•</Text>}
          <Text className="notice-body__text">
            <Line inline={block.inline} />
          </Text>
        </View>
      ))}
      {urls.map((url) => (
        <Image
          key={url}
          className="notice-body__image"
          src={url}
          mode="widthFix"
          onClick={() => void Taro.previewImage({ current: url, urls })}
        />
      ))}
      {files.map((file) => (
        <View
          key={file.fileID}
          className="notice-body__file"
          data-testid="notice-file"
          onClick={() => onOpenFile(file)}
        >
          <Text className="notice-body__file-name">{file.name}</Text>
          <Text className="notice-body__file-size">{formatSize(file.size)}</Text>
        </View>
      ))}
    </View>
  )
}
