import type { ReactNode } from 'react'
import { Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import FieldError from '@/components/FieldError'

interface Props {
  /** The form's error, shown above the button; nothing when there is none. */
  error?: string
  /** The button's class: journeys and tests find the button by it. */
  className: string
  loading: boolean
  /** E.g. while an upload runs. */
  disabled?: boolean
  onSubmit: () => unknown
  /**
   * The page's own error style and test id; without them the error is a
   * `FieldError` (class and test id `field-error`).
   */
  errorClassName?: string
  errorTestId?: string
  /** The button's text. */
  children: ReactNode
}

/** The end of a form: its error, then the primary button that submits it. */
export default function SubmitBar({
  error,
  className,
  loading,
  disabled,
  onSubmit,
  errorClassName,
  errorTestId,
  children,
}: Props) {
  return (
    <>
      {errorClassName ? (
        error && (
          <Text className={errorClassName} data-testid={errorTestId}>
            {error}
          </Text>
        )
      ) : (
        <FieldError message={error} />
      )}
      <Button
        className={className}
        type="primary"
        block
        loading={loading}
        disabled={disabled}
        onClick={() => void onSubmit()}
      >
        {children}
      </Button>
    </>
  )
}
